package vn.cchc.troly.telegram;

import java.util.Locale;

/**
 * One thing a user did in a chat, free of Telegram types: a message (command, text, photo or
 * file), an edit of one, or a press of an inline button. Fields that do not apply are null.
 *
 * @param updateId Telegram's update_id, unique per update
 * @param username the @username without @, or null
 * @param languageCode the language Telegram reports for the user's app, or null
 * @param chatTitle the group's title, or null for a private chat
 * @param messageId the user's message, or for a button press the message carrying the button
 * @param edited true when the user edited an earlier message
 * @param command the command name in lower case, without slash or @botname ("trogiup"), or null
 * @param argument the text after the command name, stripped ("" when none), or null
 * @param text the message text as typed (for a command too), or null
 * @param callbackData the pressed button's data, or null
 * @param callbackQueryId the id to answer the press with, or null
 * @param attachment a photo or file sent with the message, or null
 * @param unreadable a message the bot cannot read (a voice note, a sticker, a place, a contact…)
 * @param locale the language to answer in: the user's choice, else Telegram's, else Vietnamese
 */
public record ChatRequest(int updateId, long userId, String firstName, String username, String languageCode,
		long chatId, ChatKind chatKind, String chatTitle, Integer messageId, boolean edited, String command, String argument,
		String text, String callbackData, String callbackQueryId, Attachment attachment, boolean unreadable,
		Locale locale) {

	public enum ChatKind {
		PRIVATE, GROUP, CHANNEL
	}

	/** A photo (the largest size Telegram offers) or a document sent by the user. */
	public record Attachment(Kind kind, String fileId, String fileUniqueId, String fileName, String mimeType,
			String caption) {

		public enum Kind {
			PHOTO, DOCUMENT
		}
	}

	public boolean isPrivate() {
		return chatKind == ChatKind.PRIVATE;
	}

	/** The same request read as a command; the router uses it once it has parsed the text. */
	public ChatRequest asCommand(String name, String argumentText) {
		return new ChatRequest(updateId, userId, firstName, username, languageCode, chatId, chatKind, chatTitle, messageId,
				edited, name, argumentText, text, callbackData, callbackQueryId, attachment, unreadable, locale);
	}
}
