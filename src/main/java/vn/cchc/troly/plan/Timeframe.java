package vn.cchc.troly.plan;

import java.time.LocalDate;

/**
 * When an item is to be done (thời gian thực hiện). "Trong năm 2024 và những năm tiếp theo" is
 * from 2024, recurring: the target holds again each year.
 */
public record Timeframe(String text, Integer fromYear, boolean recurring) {

	/** The deadline the time frame implies on a given day: 31/12 of the year it runs in. */
	public LocalDate impliedDeadline(LocalDate today) {
		if (recurring) {
			int year = fromYear == null ? today.getYear() : Math.max(fromYear, today.getYear());
			return LocalDate.of(year, 12, 31);
		}
		return fromYear == null ? null : LocalDate.of(fromYear, 12, 31);
	}
}
