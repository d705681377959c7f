package vn.cchc.troly.telegram;

import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Sends to a chat without a request to answer: the weekly summary to the leaders' group, a
 * reminder to an official. Same rendering, splitting, timeouts and retries as replies.
 */
@Component
public class ChatMessenger {

	private final TelegramSender sender;

	ChatMessenger(TelegramSender sender) {
		this.sender = sender;
	}

	/**
	 * Sends the reply's texts, photos and documents, in order.
	 *
	 * @throws ChatDeliveryException when Telegram did not take a part (the parts before it were sent)
	 */
	public void send(long chatId, Locale locale, Reply reply) {
		sender.send(chatId, reply, locale);
	}

	/** Sends one text message. */
	public void send(long chatId, Locale locale, String key, Object... args) {
		send(chatId, locale, Reply.text(key, args));
	}
}
