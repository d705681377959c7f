/**
 * Telegram as a transport of the chat: {@code inbound} (long polling, the stored inbox, batches
 * with a savepoint per update, Update to ChatRequest), {@code outbound} (a Reply rendered to
 * Telegram HTML and keyboards, the outbox, pacing, the sender), and here the wiring, the command
 * menus and retention. The only module, with the sandbox, that imports TelegramBots.
 */
@ApplicationModule(displayName = "Telegram transport", allowedDependencies = { "chat", "people" })
package vn.cchc.troly.telegram;

import org.springframework.modulith.ApplicationModule;
