package vn.cchc.troly.telegram.outbound;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox is drained (prefix {@code troly.telegram.delivery}, documented in application.yml).
 * The pace defaults are Telegram's published limits.
 *
 * @param attempts tries per message before it is recorded as failed (429, 5xx, timeouts, lost connections)
 * @param backoff the wait before the second try; it doubles for each further one
 * @param maxBackoff the longest wait between two tries (a longer retry_after is honoured as asked)
 * @param senders how many calls to Telegram may be under way at once (never two to one chat)
 * @param perSecond messages the bot sends per second, all chats together
 * @param perChatPerSecond messages per second to one chat
 * @param perGroupPerMinute messages per minute to one group
 * @param margin added to every pacing window, so a little network jitter cannot push two sends into one
 */
@ConfigurationProperties("troly.telegram.delivery")
public record DeliverySettings(@DefaultValue("8") int attempts, @DefaultValue("1s") Duration backoff,
		@DefaultValue("5m") Duration maxBackoff, @DefaultValue("4") int senders, @DefaultValue("30") int perSecond,
		@DefaultValue("1") int perChatPerSecond, @DefaultValue("20") int perGroupPerMinute,
		@DefaultValue("50ms") Duration margin) {

	/** The wait after the given failed attempt (1 for the first), doubling up to the maximum. */
	Duration backoffAfter(int attempt) {
		var wait = backoff;
		for (var i = 1; i < attempt && wait.compareTo(maxBackoff) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(maxBackoff) < 0 ? wait : maxBackoff;
	}
}
