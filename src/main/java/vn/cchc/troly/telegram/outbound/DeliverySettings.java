package vn.cchc.troly.telegram.outbound;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How messages reach Telegram: retries ({@link RetryPolicy}) and pacing ({@link SendPacing}) (prefix
 * {@code troly.telegram.delivery}, documented in application.yml). The pace defaults are Telegram's
 * published limits.
 *
 * @param attempts tries per outbox message before it is recorded as failed (429, 5xx, timeouts, lost connections)
 * @param backoff the wait before the second try; it doubles for each further one
 * @param maxBackoff the longest wait between two tries (a longer retry_after is honoured as asked)
 * @param callAttempts tries of a call made directly rather than through the outbox (the command menus)
 * @param senders how many calls to Telegram may be under way at once (never two to one chat)
 * @param perSecond messages the bot sends per second, all chats together
 * @param perChatPerSecond messages per second to one chat
 * @param perGroupPerMinute messages per minute to one group
 * @param margin added to every pacing window, so a little network jitter cannot push two sends into one
 */
@ConfigurationProperties("troly.telegram.delivery")
public record DeliverySettings(@DefaultValue("8") int attempts, @DefaultValue("1s") Duration backoff,
		@DefaultValue("5m") Duration maxBackoff, @DefaultValue("3") int callAttempts, @DefaultValue("4") int senders,
		@DefaultValue("30") int perSecond, @DefaultValue("1") int perChatPerSecond,
		@DefaultValue("20") int perGroupPerMinute, @DefaultValue("50ms") Duration margin) {
}
