package vn.cchc.troly.sandbox;

/**
 * What the sandbox page asks of modules beyond chat: the weekly summary on demand, and the
 * leadership group it goes to. Implemented in this package over the report module's public
 * service once that module offers one; until then no bean exists and the page says the summary
 * is not in this build.
 */
interface SandboxActions {

	/** Makes the group the leadership group the weekly summary goes to; the coordinator asks. */
	void useAsLeadershipGroup(long chatId, long coordinatorTelegramUserId);

	/** Posts the weekly summary to the leadership group now, as the Friday schedule would. */
	void postWeeklySummaryNow();
}
