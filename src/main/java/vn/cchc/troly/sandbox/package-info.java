/**
 * The sandbox: a simulated Telegram Bot API inside the JVM ({@code BotApiServer}: its state, its
 * HTTP layer, its methods by family, the simulated users) and the page on 127.0.0.1 to try the bot
 * without Telegram. Only with {@code troly.sandbox.enabled}; the bot reaches it over HTTP as it would
 * api.telegram.org, so no module depends on it, and it speaks the Bot API's JSON itself. It uses
 * the people, the plan and the reports only to seed a demo (two communes, each its unit, plan,
 * positions, invites and leadership group; the province's officer and group) and to post a commune's
 * weekly summary when the page asks.
 */
@ApplicationModule(displayName = "Sandbox (simulated Telegram)", allowedDependencies = { "people", "plan", "report" })
package vn.cchc.troly.sandbox;

import org.springframework.modulith.ApplicationModule;
