package vn.cchc.troly.chat.internal;

import java.util.Locale;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatId;
import vn.cchc.troly.chat.ChatTransport;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.UserId;
import vn.cchc.troly.people.Official;
import vn.cchc.troly.people.OfficialId;
import vn.cchc.troly.people.PeopleManagement;

/**
 * A message the bot starts in an official's private chat (a notice, a question from someone else),
 * in the official's language, shaped for the transport, queued once under its delivery key so a
 * listener run again after a crash queues nothing more. An official no longer active gets nothing.
 */
@Component
public class PrivateMessages {

	private final PeopleManagement people;
	private final LanguageChoices languages;
	private final ChannelFit fit;
	private final ChatTransport transport;

	PrivateMessages(PeopleManagement people, LanguageChoices languages, ChannelFit fit, ChatTransport transport) {
		this.people = people;
		this.languages = languages;
		this.fit = fit;
		this.transport = transport;
	}

	/** Sends the reply, written in the official's language, once per {@code deliveryKey}. */
	public void send(String deliveryKey, long officialId, Function<Locale, Reply> reply) {
		people.byId(new OfficialId(officialId)).filter(Official::active).ifPresent(official -> {
			// The private chat with the bot has the same number as the official's user.
			var user = new UserId(official.telegramUserId());
			var chat = new ChatId(official.telegramUserId());
			var locale = languages.languageOf(user, null).locale();
			transport.sendOnce(deliveryKey, chat, locale,
					fit.shape(reply.apply(locale), transport.capabilities(), chat, user));
		});
	}
}
