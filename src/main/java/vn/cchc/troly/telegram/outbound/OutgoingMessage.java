package vn.cchc.troly.telegram.outbound;

/**
 * One Bot API call to store in the outbox, rendered ({@link TelegramReplies}): a text, a photo, a
 * document, an edit or the answer to a button press.
 *
 * @param method the Bot API method: one of the constants here
 * @param body the HTML text, or the caption of a file, or the answer's notice
 * @param replyMarkup the inline keyboard as Telegram's JSON, or null
 * @param messageId the message an edit replaces
 * @param filePath a file on disk sent instead of {@code fileBytes}, deleted once sent or given up
 */
record OutgoingMessage(long chatId, String method, String body, String replyMarkup, Integer messageId,
		String callbackQueryId, boolean showAlert, String fileName, byte[] fileBytes, String filePath) {

	static final String TEXT = "sendMessage";
	static final String PHOTO = "sendPhoto";
	static final String DOCUMENT = "sendDocument";
	static final String EDIT = "editMessageText";
	static final String ANSWER = "answerCallbackQuery";

	static OutgoingMessage text(long chatId, String html, String keyboard) {
		return new OutgoingMessage(chatId, TEXT, html, keyboard, null, null, false, null, null, null);
	}

	static OutgoingMessage file(long chatId, String method, String caption, String fileName, byte[] bytes) {
		return new OutgoingMessage(chatId, method, caption, null, null, null, false, fileName, bytes, null);
	}

	/** A file sent from disk (a dossier's part): too large to store in the outbox's row. */
	static OutgoingMessage fileOnDisk(long chatId, String method, String caption, String fileName, String path) {
		return new OutgoingMessage(chatId, method, caption, null, null, null, false, fileName, null, path);
	}

	static OutgoingMessage edit(long chatId, Integer messageId, String html, String keyboard) {
		return new OutgoingMessage(chatId, EDIT, html, keyboard, messageId, null, false, null, null, null);
	}

	static OutgoingMessage answer(long chatId, String callbackQueryId, String notice, boolean alert) {
		return new OutgoingMessage(chatId, ANSWER, notice, null, null, callbackQueryId, alert, null, null, null);
	}

	/** Button answers are not paced: they are no messages, and a press waits for its answer. */
	static boolean paced(String method) {
		return !ANSWER.equals(method);
	}
}
