package vn.cchc.troly.telegram.outbound;

import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Reply;

/**
 * Sends to a Telegram chat without a request to answer and without a delivery key (the chat
 * layer's deliveries go through {@link TelegramTransport#sendOnce}): written to the outbox in the
 * caller's transaction and sent from there, paced and retried like replies. The simulated
 * Telegram's tests and the outbound benchmark fill chats with it.
 */
@Component
public class ChatMessenger {

	private final OutboxStore outbox;
	private final TelegramReplies replies;

	ChatMessenger(OutboxStore outbox, TelegramReplies replies) {
		this.outbox = outbox;
		this.replies = replies;
	}

	/** Queues the reply's texts, photos and documents, to be sent in order. */
	public void send(long chatId, Locale locale, Reply reply) {
		var inLocale = reply.locale() != null ? reply.locale() : locale;
		outbox.write(null, null, replies.messages(chatId, reply, inLocale), inLocale);
	}

	/** Queues one text message. */
	public void send(long chatId, Locale locale, String key, Object... args) {
		send(chatId, locale, Reply.text(key, args));
	}
}
