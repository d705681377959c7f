package vn.cchc.troly.plan;

/**
 * The parts of a remediation item a plan writes, as named to users ({@code plan.field.*}):
 * what a re-import reports as changed, and what a warning says is missing.
 */
public enum ItemField {
	TITLE, SECTION, BASELINE, TARGET, LEAD, COORDINATING, TIMEFRAME,
	/** An item withdrawn by an earlier import is in the plan again. */
	RESTORED;

	public String messageKey() {
		return "plan.field." + name().toLowerCase(java.util.Locale.ROOT);
	}
}
