/**
 * Telegram as a transport of the chat: {@code inbound} (long polling, the stored inbox, batches
 * with a savepoint per update, Update to ChatRequest), {@code outbound} (a Reply rendered to
 * Telegram HTML and keyboards, the outbox, pacing, the sender), and here the wiring, the proxy,
 * the command menus, retention and the health check (the operator's {@code health} command reads
 * it through {@code operator.BotHealth}). The only module, with the sandbox, that imports
 * TelegramBots.
 */
@ApplicationModule(displayName = "Telegram transport", allowedDependencies = { "chat", "people", "operator" })
package vn.cchc.troly.telegram;

import org.springframework.modulith.ApplicationModule;
