package vn.cchc.troly.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class WeeklySlotTests {

	private final WeeklySlot friday4pm = WeeklySlot.of("0 0 16 * * FRI");

	@Test
	void notDueBeforeFridayAtFour() {
		assertThat(friday4pm.due(at("2026-11-27T15:59:59"))).isEmpty();
		assertThat(friday4pm.due(at("2026-11-23T08:00:00"))).isEmpty();
	}

	@Test
	void dueFromTheSlotUntilTheWeekEnds() {
		assertThat(friday4pm.due(at("2026-11-27T16:00:00"))).contains(at("2026-11-27T16:00:00"));
		assertThat(friday4pm.due(at("2026-11-29T23:59:00"))).contains(at("2026-11-27T16:00:00"));
	}

	@Test
	void aMissedSlotDoesNotCarryIntoTheNextWeek() {
		assertThat(friday4pm.due(at("2026-11-30T00:00:01"))).isEmpty();
	}

	@Test
	void weeksAreKeyedTheIsoWay() {
		assertThat(WeeklySlot.weekKey(at("2026-11-27T16:00:00"))).isEqualTo("2026-W48");
		assertThat(WeeklySlot.weekKey(at("2027-01-01T16:00:00"))).isEqualTo("2026-W53");
	}

	private static ZonedDateTime at(String local) {
		return ZonedDateTime.parse(local + "+07:00[Asia/Ho_Chi_Minh]");
	}
}
