package vn.cchc.troly.chat;

import java.util.Locale;

import vn.cchc.troly.people.Official;

/**
 * One thing a user did in a chat, free of any messenger's types: a message (command, text, photo or
 * file), an edit of one, or a choice of a button. A transport builds it; the chat layer adds who the
 * caller is, once, before any handler runs. Fields that do not apply are null.
 *
 * @param updateId the transport's number for this update, unique per update (a report's source)
 * @param username the @username without @, or null
 * @param languageCode the language the user's app reports, or null
 * @param chatTitle the group's title, or null for a private chat
 * @param messageId the user's message, or for a button press the message carrying the button
 * @param edited true when the user edited an earlier message
 * @param addressed true when a command named this bot ("/trogiup@bot"); the transport has taken the name off
 * @param command the command name in lower case, without slash or @botname ("trogiup"), or null
 * @param argument the text after the command name, stripped ("" when none), or null
 * @param text the message text as typed (for a command too, without @botname), or null
 * @param callbackData the chosen button's data, or null
 * @param callbackQueryId the transport's id to answer a press with, or null (a choice typed as a number has none)
 * @param attachment a photo or file sent with the message, or null
 * @param unreadable a message the bot cannot read (a voice note, a sticker, a place, a contact…)
 * @param locale the language to answer in: the user's choice, else their app's, else Vietnamese
 * @param caller the active official behind the request, resolved once by the chat layer; null for
 *        strangers (and before it is resolved)
 */
public record ChatRequest(int updateId, UserId userId, String firstName, String username, String languageCode,
		ChatId chatId, ChatKind chatKind, String chatTitle, Integer messageId, boolean edited, boolean addressed,
		String command, String argument, String text, String callbackData, String callbackQueryId,
		Attachment attachment, boolean unreadable, Locale locale, Official caller) {

	public enum ChatKind {
		PRIVATE, GROUP, CHANNEL
	}

	/** A photo (the largest size offered) or a document sent by the user. */
	public record Attachment(Kind kind, String fileId, String fileUniqueId, String fileName, String mimeType,
			String caption) {

		public enum Kind {
			PHOTO, DOCUMENT
		}
	}

	/** A message, as a transport reads it. */
	public static ChatRequest message(int updateId, UserId userId, String firstName, String username,
			String languageCode, ChatId chatId, ChatKind chatKind, String chatTitle, Integer messageId, boolean edited,
			boolean addressed, String text, Attachment attachment, boolean unreadable, Locale locale) {
		return new ChatRequest(updateId, userId, firstName, username, languageCode, chatId, chatKind, chatTitle,
				messageId, edited, addressed, null, null, text, null, null, attachment, unreadable, locale, null);
	}

	/** A press of a button under the message, as a transport reads it. */
	public static ChatRequest press(int updateId, UserId userId, String firstName, String username,
			String languageCode, ChatId chatId, ChatKind chatKind, String chatTitle, Integer messageId,
			String callbackData, String callbackQueryId, Locale locale) {
		return new ChatRequest(updateId, userId, firstName, username, languageCode, chatId, chatKind, chatTitle,
				messageId, false, false, null, null, null, callbackData, callbackQueryId, null, false, locale, null);
	}

	public boolean isPrivate() {
		return chatKind == ChatKind.PRIVATE;
	}

	/** A button was chosen: pressed, or its number typed. */
	public boolean isPress() {
		return callbackQueryId != null || callbackData != null;
	}

	/**
	 * The official behind a request the router let through as {@link Access#REGISTERED} or
	 * stricter; a handler never sees strangers.
	 */
	public Official official() {
		if (caller == null) {
			throw new IllegalStateException(
					"user " + userId + " is not a registered official; the access rule should have stopped them");
		}
		return caller;
	}

	/** The same request read as a command; the router uses it once it has parsed the text. */
	public ChatRequest asCommand(String name, String argumentText) {
		return new ChatRequest(updateId, userId, firstName, username, languageCode, chatId, chatKind, chatTitle,
				messageId, edited, addressed, name, argumentText, text, callbackData, callbackQueryId, attachment,
				unreadable, locale, caller);
	}

	/** The same request as a choice of the button with this data (a number typed for a numbered choice). */
	public ChatRequest asChoice(String data) {
		return new ChatRequest(updateId, userId, firstName, username, languageCode, chatId, chatKind, chatTitle,
				messageId, false, false, null, null, null, data, null, null, false, locale, caller);
	}

	/** The same request with its caller resolved (null: nobody registered and active). */
	public ChatRequest withCaller(Official official) {
		return new ChatRequest(updateId, userId, firstName, username, languageCode, chatId, chatKind, chatTitle,
				messageId, edited, addressed, command, argument, text, callbackData, callbackQueryId, attachment,
				unreadable, locale, official);
	}
}
