package vn.cchc.troly.telegram.outbound;

/**
 * One Bot API call waiting in the outbox (or done): a text, a photo, a document, an edit or the
 * answer to a button press, rendered when it was written.
 *
 * @param method the Bot API method, as in {@link Outbox}'s constants
 * @param body the HTML text, or the caption of a file, or the answer's notice
 * @param replyMarkup the inline keyboard as Telegram's JSON, or null
 * @param messageId the message an edit replaces
 */
record OutboxMessage(long id, long chatId, String method, String body, String replyMarkup, Integer messageId,
		String callbackQueryId, boolean showAlert, String fileName, byte[] fileBytes, int attempts,
		int uncertainAttempts) {

	boolean paced() {
		return !Outbox.ANSWER.equals(method);
	}
}
