package vn.cchc.troly.sandbox;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A message the bot posted, in its latest state (edits replace text and keyboard).
 *
 * @param kind "text", "photo" or "document"
 * @param text the text, or the caption of a photo or document (as sent, with its HTML tags)
 * @param replyMarkup the inline keyboard as sent, or null
 * @param file the uploaded photo or document, or null
 * @param edits how many times the bot edited the message
 */
public record BotMessage(long chatId, int messageId, String kind, String text, String parseMode,
		JsonNode replyMarkup, UploadedFile file, int edits) {

	/** The callback data of every inline button, row by row. */
	public List<String> buttonData() {
		return buttons("callback_data");
	}

	/** The label of every inline button, row by row. */
	public List<String> buttonLabels() {
		return buttons("text");
	}

	private List<String> buttons(String field) {
		var found = new ArrayList<String>();
		if (replyMarkup != null && replyMarkup.has("inline_keyboard")) {
			for (var row : replyMarkup.get("inline_keyboard")) {
				for (var button : row) {
					if (button.has(field)) {
						found.add(button.get(field).asString());
					}
				}
			}
		}
		return found;
	}

	BotMessage edited(String newText, JsonNode newMarkup) {
		return new BotMessage(chatId, messageId, kind, newText, parseMode, newMarkup, file, edits + 1);
	}
}
