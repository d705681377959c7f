package vn.cchc.troly.sandbox;

import tools.jackson.databind.JsonNode;

/**
 * One message in a chat as a chat app shows it, from a user or from the bot.
 *
 * @param fromUserId the sender, or null for the bot
 * @param senderName the sender's first name, or null for the bot
 * @param kind "text", "photo" or "document"
 * @param text the text or caption; for the bot as sent, with its HTML tags when parseMode is HTML
 * @param replyMarkup the bot's inline keyboard, or null
 * @param fileName the document's name, or null
 * @param userFileId for a user's photo or file with bytes, the id {@link BotApiServer#userFile} knows
 * @param edits how many times the bot edited the message
 */
public record ChatEntry(long chatId, int messageId, Long fromUserId, String senderName, String kind, String text,
		String parseMode, JsonNode replyMarkup, String fileName, String userFileId, int edits) {

	public boolean fromBot() {
		return fromUserId == null;
	}
}
