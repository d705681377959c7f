package vn.cchc.troly.plan;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * How often an item's deadline comes round again: "Thường xuyên", "Hằng năm" and "Trong năm 2024
 * và những năm tiếp theo" each year, "Hằng quý" each quarter, "Hằng tháng" each month.
 */
public enum Repeats {
	YEAR, QUARTER, MONTH;

	/** The same point of the next period: 31/3 → 30/6 for QUARTER, 31/1 → 28/2 for MONTH. */
	LocalDate next(LocalDate deadline) {
		return switch (this) {
			case YEAR -> deadline.plusYears(1);
			case QUARTER -> endOfMonthIfEnd(deadline, deadline.plusMonths(3));
			case MONTH -> endOfMonthIfEnd(deadline, deadline.plusMonths(1));
		};
	}

	/** The last day of the period a day falls in: 15/05/2025 is 31/12, 30/06 or 31/05/2025. */
	LocalDate endOfPeriod(LocalDate day) {
		return switch (this) {
			case YEAR -> LocalDate.of(day.getYear(), 12, 31);
			case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 3, 1)
				.with(TemporalAdjusters.lastDayOfMonth());
			case MONTH -> day.with(TemporalAdjusters.lastDayOfMonth());
		};
	}

	/** A period's end stays a period's end: 30/4 + 1 month is 31/5, not 30/5. */
	private static LocalDate endOfMonthIfEnd(LocalDate from, LocalDate to) {
		boolean monthEnd = from.getDayOfMonth() == from.lengthOfMonth();
		return monthEnd ? to.with(TemporalAdjusters.lastDayOfMonth()) : to;
	}
}
