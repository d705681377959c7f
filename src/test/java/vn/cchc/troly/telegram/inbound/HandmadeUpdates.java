package vn.cchc.troly.telegram.inbound;

import java.util.concurrent.atomic.AtomicInteger;

import org.telegram.telegrambots.meta.api.objects.Update;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.cchc.troly.sandbox.ChatUser;

/**
 * Updates as Telegram sends them, made by a test to hand to {@link UpdateIntake} directly (as if the
 * bot had stored a batch and stopped), with ids above any the Bot API server gives.
 */
public final class HandmadeUpdates {

	private static final AtomicInteger ids = new AtomicInteger(900_000_000);

	private HandmadeUpdates() {
	}

	/** A text in the user's private chat; a leading /command is marked as one. */
	public static Update text(ChatUser user, String text) {
		var id = ids.incrementAndGet();
		var command = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
		var json = """
				{"update_id":%d,"message":{"message_id":%d,"date":1718355600,
				 "from":{"id":%d,"is_bot":false,"first_name":"%s","language_code":"%s"},
				 "chat":{"id":%d,"type":"private","first_name":"%s"},
				 "text":"%s","entities":[{"type":"bot_command","offset":0,"length":%d}]}}
				""".formatted(id, id, user.id(), user.firstName(), user.languageCode(), user.id(), user.firstName(), text,
				command);
		try {
			return new ObjectMapper().readValue(json, Update.class);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException e) {
			throw new IllegalArgumentException(e);
		}
	}
}
