package vn.cchc.troly.sandbox;

/**
 * A Telegram user talking to the bot through the {@link BotApiServer}. Their private chat with the
 * bot has the same id as the user, as on Telegram.
 *
 * @param languageCode what Telegram reports from the user's app language ("vi", "en"), or null
 * @param username the @username without the @, or null
 */
public record ChatUser(long id, String firstName, String languageCode, String username) {

	public ChatUser(long id, String firstName, String languageCode) {
		this(id, firstName, languageCode, null);
	}
}
