package vn.cchc.troly.plan;

import java.time.LocalDate;

/**
 * When an item is to be done (thời gian thực hiện), as written and as read: {@code fromYear} is
 * the first year the text names; {@code deadline} the item's first deadline in the plan's year
 * ("Quý II/2025" is 30/06/2025, "Trong năm 2024 và những năm tiếp theo" 31/12/2024); {@code
 * repeats} how often it comes round again (null for a one-off deadline). {@code recurring} is
 * {@code repeats != null}, kept for the stored column and plan-check's JSON. The rules that read
 * the text are {@link TimeframePhrases#timeframe}.
 */
public record Timeframe(String text, Integer fromYear, boolean recurring, LocalDate deadline, Repeats repeats) {

	public Timeframe {
		// Rows stored before deadlines were read (and callers that only say "recurring") repeat yearly.
		if (recurring && repeats == null) {
			repeats = Repeats.YEAR;
		}
		recurring = repeats != null;
		if (deadline == null && fromYear != null) {
			deadline = LocalDate.of(fromYear, 12, 31);
		}
	}

	/** A time frame read only for its year: 31/12 of that year, each year when recurring. */
	public Timeframe(String text, Integer fromYear, boolean recurring) {
		this(text, fromYear, recurring, null, recurring ? Repeats.YEAR : null);
	}

	/**
	 * The deadline the plan sets on a given day: a one-off deadline stays itself once passed (the
	 * item is then overdue); a repeating one is the end of the period running on that day (the
	 * first deadline, or the next period end after it: "Hằng quý" on 15/05/2025 is 30/06/2025).
	 * Null when the time frame names no date and does not repeat.
	 */
	public LocalDate deadlineOn(LocalDate today) {
		if (repeats == null) {
			return deadline;
		}
		// Without a year to start from, a repeating time frame runs from the period of the day.
		var next = deadline != null ? deadline : repeats.endOfPeriod(today);
		while (next.isBefore(today)) {
			next = repeats.next(next);
		}
		return next;
	}
}
