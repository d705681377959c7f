package vn.cchc.troly.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Telegram's limits on a synthetic clock: 30 a second for the bot, 1 a second per chat, 20 a minute per group. */
class SendPacingTests {

	private static final long SECOND = Duration.ofSeconds(1).toNanos();
	private final DeliverySettings telegramLimits = new DeliverySettings(8, Duration.ofSeconds(1),
			Duration.ofMinutes(5), 3, 4, 30, 1, 20, Duration.ZERO);

	@Test
	void aBurstOfAHundredToOneChatGoesOneASecond() {
		var times = sendAll(new SendPacing(telegramLimits), List.of(42L), 100);

		assertThat(times).hasSize(100);
		for (var i = 1; i < times.size(); i++) {
			assertThat(times.get(i) - times.get(i - 1)).isGreaterThanOrEqualTo(SECOND);
		}
	}

	@Test
	void aGroupGetsTwentyAMinuteThenWaitsForTheWindow() {
		var times = sendAll(new SendPacing(telegramLimits), List.of(-100L), 25);

		assertThat(times.get(19)).isLessThan(20 * SECOND);
		assertThat(times.get(20) - times.get(0)).isGreaterThanOrEqualTo(60 * SECOND);
		for (var i = 20; i < 25; i++) {
			assertThat(times.get(i) - times.get(i - 20)).isGreaterThanOrEqualTo(60 * SECOND);
		}
	}

	@Test
	void threeHundredChatsTakeTenSecondsAtThirtyASecond() {
		var chats = new ArrayList<Long>();
		for (long chat = 1; chat <= 300; chat++) {
			chats.add(chat);
		}
		var times = sendAll(new SendPacing(telegramLimits), chats, 1);

		assertThat(times).hasSize(300);
		for (var i = 30; i < times.size(); i++) {
			assertThat(times.get(i) - times.get(i - 30)).isGreaterThanOrEqualTo(SECOND);
		}
		assertThat(times.get(299)).isLessThan(10 * SECOND);
	}

	@Test
	void theMarginWidensEveryWindow() {
		var pacing = new SendPacing(new DeliverySettings(8, Duration.ofSeconds(1), Duration.ofMinutes(5), 3, 4, 30, 1,
				20, Duration.ofMillis(50)));

		pacing.reserve(7, 0).done(0);

		assertThat(pacing.reserve(7, SECOND)).isNull();
		assertThat(pacing.waitAt(7, SECOND)).isEqualTo(Duration.ofMillis(50).toNanos());
	}

	@Test
	void aSendUnderWayHoldsItsChatUntilItIsAnsweredAndAWindowAfter() {
		var pacing = new SendPacing(telegramLimits);
		var slow = pacing.reserve(7, 0);

		assertThat(pacing.reserve(7, 5 * SECOND)).as("still under way").isNull();
		slow.done(5 * SECOND);
		assertThat(pacing.reserve(7, 5 * SECOND + SECOND - 1)).isNull();
		assertThat(pacing.reserve(7, 6 * SECOND)).isNotNull();
	}

	/** Sends {@code each} messages to every chat, round-robin, as soon as the pacing allows; the send times. */
	private static List<Long> sendAll(SendPacing pacing, List<Long> chats, int each) {
		var times = new ArrayList<Long>();
		var left = new ArrayList<Long>();
		for (var i = 0; i < each; i++) {
			left.addAll(chats);
		}
		var now = 0L;
		while (!left.isEmpty()) {
			var soonest = Long.MAX_VALUE;
			for (var iterator = left.iterator(); iterator.hasNext();) {
				var chat = iterator.next();
				// Each call is answered at once, so its slot counts from the moment it was taken.
				var slot = pacing.reserve(chat, now);
				if (slot != null) {
					slot.done(now);
					times.add(now);
					iterator.remove();
				}
				else {
					soonest = Math.min(soonest, pacing.waitAt(chat, now));
				}
			}
			if (!left.isEmpty()) {
				now += soonest;
			}
		}
		return times;
	}
}
