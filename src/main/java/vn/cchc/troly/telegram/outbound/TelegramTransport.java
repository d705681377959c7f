package vn.cchc.troly.telegram.outbound;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChannelCapabilities;
import vn.cchc.troly.chat.ChatId;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.ChatTransport;
import vn.cchc.troly.chat.Reply;

/**
 * Telegram as the chat layer's transport: replies to updates and deliveries nobody asked for
 * (summaries, reminders) are rendered ({@link TelegramReplies}) and written to the {@link OutboxStore}
 * in the caller's transaction, then sent from there, paced and retried; what Telegram never takes
 * shows in /loigui. Telegram shows everything a reply can hold: buttons, edits, files, HTML.
 */
@Component
public class TelegramTransport implements ChatTransport {

	/** Inline keyboards, edits of the pressed message, photos, documents and HTML. */
	public static final ChannelCapabilities CAPABILITIES = ChannelCapabilities.ALL;
	private static final int PREVIEW = 80;
	private static final int PAGE = 200;

	private final OutboxStore outbox;
	private final TelegramReplies replies;

	TelegramTransport(OutboxStore outbox, TelegramReplies replies) {
		this.outbox = outbox;
		this.replies = replies;
	}

	@Override
	public ChannelCapabilities capabilities() {
		return CAPABILITIES;
	}

	/** Queues the reply to an update; in the request's language unless the reply names its own. */
	public void reply(ChatRequest request, Reply reply) {
		var locale = reply.locale() != null ? reply.locale() : request.locale();
		outbox.write(null, request.updateId(), replies.reply(request, reply, locale), locale);
	}

	@Override
	public void sendOnce(String deliveryKey, ChatId chat, Locale locale, Reply reply) {
		if (outbox.written(deliveryKey)) {
			return;
		}
		var inLocale = reply.locale() != null ? reply.locale() : locale;
		outbox.write(deliveryKey, null, replies.messages(chat.value(), reply, inLocale), inLocale);
	}

	@Override
	public List<FailedDelivery> failures(int limit, Predicate<ChatId> shown) {
		var found = new ArrayList<FailedDelivery>();
		Long before = null;
		// Page by page, newest first, until enough are found that may be shown or none are left.
		while (found.size() < limit) {
			var page = outbox.failures(Math.max(limit, PAGE), before);
			for (var f : page) {
				var chat = new ChatId(f.chatId());
				if (found.size() < limit && shown.test(chat)) {
					found.add(new FailedDelivery(f.createdAt(), chat, what(f), f.attempts(), f.lastError()));
				}
			}
			if (page.size() < Math.max(limit, PAGE)) {
				break;
			}
			before = page.get(page.size() - 1).id();
		}
		return found;
	}

	/** The start of the message in plain words, or the file's name, or the method. */
	private static String what(OutboxStore.Failure failure) {
		var text = failure.body() != null ? failure.body().replaceAll("<[^>]*>", "") : failure.fileName();
		if (text == null) {
			return failure.method();
		}
		text = text.replace('\n', ' ').strip();
		return text.length() <= PREVIEW ? text : text.substring(0, PREVIEW) + "…";
	}
}
