package vn.cchc.troly.telegram;

import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Sends to a chat without a request to answer: the weekly summary to the leaders' group, a
 * reminder to an official. The message is written to the outbox in the caller's transaction and
 * sent from there, paced and retried like replies; what Telegram never takes shows in /loigui.
 */
@Component
public class ChatMessenger {

	private final Outbox outbox;

	ChatMessenger(Outbox outbox) {
		this.outbox = outbox;
	}

	/** Queues the reply's texts, photos and documents, to be sent in order. */
	public void send(long chatId, Locale locale, Reply reply) {
		outbox.send(null, chatId, reply, locale);
	}

	/**
	 * Queues the reply unless a reply with the same key was queued before: a delivery that runs
	 * again (an event republished after a crash) sends nothing the second time.
	 *
	 * @param deliveryKey what is delivered, unique across the application ("summary:42")
	 */
	public void sendOnce(String deliveryKey, long chatId, Locale locale, Reply reply) {
		outbox.send(deliveryKey, chatId, reply, locale);
	}

	/** Queues one text message. */
	public void send(long chatId, Locale locale, String key, Object... args) {
		send(chatId, locale, Reply.text(key, args));
	}
}
