package vn.cchc.troly.sandbox;

import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;

/** What Telegram checks in a message the bot sends or edits: its text, its HTML, its inline keyboard. */
final class MessageRules {

	static final int TEXT_LIMIT = 4096;
	static final int CAPTION_LIMIT = 1024;

	private MessageRules() {
	}

	/** Refuses HTML Telegram cannot parse and text longer than the limit (counted as the user sees it). */
	static void checkText(String text, String parseMode, int limit, String tooLong) {
		var html = "HTML".equalsIgnoreCase(parseMode);
		if (html) {
			var problem = TelegramHtml.problem(text);
			if (problem != null) {
				throw new BadRequest("can't parse entities: " + problem);
			}
		}
		var length = html ? TelegramHtml.visibleLength(text) : text.length();
		if (length > limit) {
			throw new BadRequest(tooLong);
		}
	}

	static void checkNotEmpty(String text) {
		if (text == null || text.isBlank()) {
			throw new BadRequest("message text is empty");
		}
	}

	/** Refuses buttons without a label, and callback data that is empty or over 64 bytes. */
	static void checkMarkup(JsonNode markup) {
		if (markup == null || !markup.has("inline_keyboard")) {
			return;
		}
		for (var row : markup.get("inline_keyboard")) {
			for (var button : row) {
				var data = button.get("callback_data");
				if (data != null && (data.asString().isEmpty()
						|| data.asString().getBytes(StandardCharsets.UTF_8).length > 64)) {
					throw new BadRequest("BUTTON_DATA_INVALID");
				}
				if (button.get("text") == null || button.get("text").asString().isBlank()) {
					throw new BadRequest("text buttons are unallowed in the inline keyboard");
				}
			}
		}
	}
}
