package vn.cchc.troly.telegram.outbound;

import java.util.Locale;

/**
 * An {@link OutgoingMessage} as the outbox holds it, waiting to be sent (or done).
 *
 * @param method the Bot API method, as in {@link OutgoingMessage}'s constants
 * @param body the HTML text, or the caption of a file, or the answer's notice
 * @param replyMarkup the inline keyboard as Telegram's JSON, or null
 * @param messageId the message an edit replaces
 * @param filePath a file on disk sent instead of {@code fileBytes}, or null
 * @param attempts the attempts made so far
 * @param uncertainAttempts of those, the ones Telegram may have taken without saying so
 * @param locale the language it was written in (for the line that says it is sent again), or null
 */
record OutboxMessage(long id, long chatId, String method, String body, String replyMarkup, Integer messageId,
		String callbackQueryId, boolean showAlert, String fileName, byte[] fileBytes, String filePath, int attempts,
		int uncertainAttempts, Locale locale) {

	OutboxMessage withBody(String newBody) {
		return new OutboxMessage(id, chatId, method, newBody, replyMarkup, messageId, callbackQueryId, showAlert,
				fileName, fileBytes, filePath, attempts, uncertainAttempts, locale);
	}
}
