package vn.cchc.troly.report;

/**
 * Why a reminder was sent. Stored as PERIOD, DEADLINE_&lt;days&gt; (one per day count in
 * {@code troly.report.deadline-notice-days}, by default DEADLINE_7 and DEADLINE_1) or OVERDUE.
 */
public enum ReminderKind {
	/** The lead's items have had no report this reporting period. */
	PERIOD,
	/** An item's deadline is some days away. */
	DEADLINE,
	/** An item's deadline has passed and its target is not met. */
	OVERDUE;

	String code(Integer daysBefore) {
		return this == DEADLINE ? "DEADLINE_" + daysBefore : name();
	}

	static ReminderKind ofCode(String code) {
		return code.startsWith("DEADLINE_") ? DEADLINE : valueOf(code);
	}

	static Integer daysOfCode(String code) {
		return code.startsWith("DEADLINE_") ? Integer.valueOf(code.substring("DEADLINE_".length())) : null;
	}
}
