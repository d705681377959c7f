/**
 * The conversation, the same over any messenger: {@link vn.cchc.troly.chat.Assistant} takes a
 * {@link vn.cchc.troly.chat.ChatRequest} and gives a {@link vn.cchc.troly.chat.Reply} (message keys,
 * phrases, buttons as intents) shaped for what the channel can show
 * ({@link vn.cchc.troly.chat.ChannelCapabilities}); a transport implements
 * {@link vn.cchc.troly.chat.ChatTransport} for messages nobody asked for. Imports no messenger
 * library. Internals: {@code internal} (router, access rule, registry, conversations, channel fit),
 * and the handlers by what users do: {@code onboarding}, {@code reporting}, {@code oversight},
 * {@code coordination}.
 */
@ApplicationModule(displayName = "Chat", allowedDependencies = { "people", "plan", "progress", "report" })
package vn.cchc.troly.chat;

import org.springframework.modulith.ApplicationModule;
