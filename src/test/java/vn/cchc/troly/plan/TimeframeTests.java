package vn.cchc.troly.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which deadline an official is told on a given day, from the plan's time frame. */
class TimeframeTests {

	static LocalDate day(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}

	@Test
	void aOneOffDeadlineStaysOnceItHasPassedSoTheItemShowsOverdue() {
		var quarter2 = TimeframePhrases.timeframe("Quý II/2025", 2025, "1.1", w -> {
		});
		assertThat(quarter2.deadlineOn(day(2025, 2, 1))).isEqualTo(day(2025, 6, 30));
		assertThat(quarter2.deadlineOn(day(2025, 8, 1))).isEqualTo(day(2025, 6, 30));
	}

	@Test
	void aRepeatingDeadlineIsTheEndOfThePeriodRunningThatDay() {
		var quarterly = TimeframePhrases.timeframe("Hằng quý", 2025, "1.1", w -> {
		});
		assertThat(quarterly.deadlineOn(day(2025, 2, 1))).isEqualTo(day(2025, 3, 31));
		assertThat(quarterly.deadlineOn(day(2025, 3, 31))).as("the last day is still that quarter's").isEqualTo(day(2025, 3, 31));
		assertThat(quarterly.deadlineOn(day(2025, 5, 15))).isEqualTo(day(2025, 6, 30));
		assertThat(quarterly.deadlineOn(day(2026, 11, 2))).isEqualTo(day(2026, 12, 31));

		var monthly = TimeframePhrases.timeframe("Hằng tháng", 2025, "1.1", w -> {
		});
		assertThat(monthly.deadlineOn(day(2025, 2, 10))).isEqualTo(day(2025, 2, 28));
		assertThat(monthly.deadlineOn(day(2025, 5, 1))).isEqualTo(day(2025, 5, 31));

		var yearly = TimeframePhrases.timeframe("Trong năm 2024 và những năm tiếp theo", 2024, "1.1", w -> {
		});
		assertThat(yearly.deadlineOn(day(2024, 3, 20))).isEqualTo(day(2024, 12, 31));
		assertThat(yearly.deadlineOn(day(2026, 3, 1))).isEqualTo(day(2026, 12, 31));

		var anniversary = TimeframePhrases.timeframe("Trước ngày 31/3 hằng năm", 2025, "1.1", w -> {
		});
		assertThat(anniversary.deadlineOn(day(2025, 4, 1))).isEqualTo(day(2026, 3, 31));
	}

	@Test
	void theItemsDeadlineIsTheCoordinatorsWhenSetElseThePlans() {
		var plan = TimeframePhrases.timeframe("Tháng 6/2025", 2025, "1.1", w -> {
		});
		var item = new PlanItem(1L, null, "1.1", 1, "1", "Mục", Baseline.textOnly("x"), Target.qualitative("y", false),
				null, null, null, null, List.of(), plan, null);
		assertThat(item.deadlineOn(day(2025, 1, 1))).isEqualTo(day(2025, 6, 30));
		assertThat(item.withDeadline(day(2025, 9, 15)).deadlineOn(day(2025, 1, 1))).isEqualTo(day(2025, 9, 15));
	}

	@Test
	void itemsStoredBeforeDeadlinesWereReadKeepTheirYearEnd() {
		// What V17 gives a row imported before: repeats YEAR when it recurred, 31/12 of its year.
		var recurring = new Timeframe("Trong năm 2024 và những năm tiếp theo", 2024, true, null, null);
		assertThat(recurring.repeats()).isEqualTo(Repeats.YEAR);
		assertThat(recurring.deadlineOn(day(2025, 5, 1))).isEqualTo(day(2025, 12, 31));
		var once = new Timeframe("Năm 2024", 2024, false);
		assertThat(once.deadlineOn(day(2025, 5, 1))).isEqualTo(day(2024, 12, 31));
		assertThat(new Timeframe(null, null, false).deadlineOn(day(2025, 5, 1))).isNull();
	}
}
