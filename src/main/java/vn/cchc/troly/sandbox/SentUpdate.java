package vn.cchc.troly.sandbox;

/**
 * An update the server queued for the bot.
 *
 * @param messageId the user's message id, or for a button press or an edit the latest message id in the chat,
 *        so that bot messages with a higher id came after it
 * @param deliveredAfter the request sequence at the moment it was queued
 */
public record SentUpdate(int updateId, long chatId, int messageId, long deliveredAfter) {
}
