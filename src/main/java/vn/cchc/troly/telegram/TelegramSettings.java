package vn.cchc.troly.telegram;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the bot reaches Telegram (prefix {@code troly.telegram}, documented in application.yml).
 * The token comes from the environment only and never shows in {@link #toString()}. Retries and
 * pacing: {@code DeliverySettings}.
 *
 * @param token the bot token from @BotFather (TELEGRAM_BOT_TOKEN); blank: the bot stays off
 * @param botUsername the bot's @username without @ (TELEGRAM_BOT_USERNAME), for "/cmd@bot" in groups
 * @param apiUrl the Bot API server (TELEGRAM_API_URL): scheme, host and port only
 * @param requestTimeout the longest any one call to Telegram may take
 * @param longPollTimeout how long one getUpdates waits for news before it is asked again
 */
@ConfigurationProperties("troly.telegram")
public record TelegramSettings(String token, String botUsername,
		@DefaultValue("https://api.telegram.org") URI apiUrl, @DefaultValue("15s") Duration requestTimeout,
		@DefaultValue("50s") Duration longPollTimeout) {

	public boolean hasToken() {
		return token != null && !token.isBlank();
	}

	/** Replaces the token wherever it occurs in a text meant for a log. */
	public String redact(String text) {
		return text == null || !hasToken() ? text : text.replace(token, "<token>");
	}

	@Override
	public String toString() {
		return "TelegramSettings[token=" + (hasToken() ? "<set>" : "<none>") + ", botUsername=" + botUsername
				+ ", apiUrl=" + apiUrl + ", requestTimeout=" + requestTimeout + ", longPollTimeout=" + longPollTimeout
				+ "]";
	}
}
