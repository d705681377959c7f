package vn.cchc.troly.sandbox;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import vn.cchc.troly.report.PostOutcome;

/**
 * What the sandbox page asks of modules beyond chat: the leadership group the weekly summary
 * goes to, the summary on demand, and the evidence dossier to download. Implemented by {@link ReportSandboxActions} over the
 * report module's public services.
 */
interface SandboxActions {

	/** Makes the group the leadership group the weekly summary goes to, as the coordinator's /nhomlanhdao would. */
	void useAsLeadershipGroup(long chatId, String title, long coordinatorTelegramUserId);

	/**
	 * Posts this week's summary to the leadership group now, as the coordinator asking for it. At most one a
	 * week: a second call in the same week posts nothing and says when the first went out.
	 */
	PostOutcome postWeeklySummaryNow(long coordinatorTelegramUserId);

	/**
	 * The current plan's evidence dossier as one .zip on disk (a page download has no size limit),
	 * for the caller to send and delete; empty without a plan.
	 */
	Optional<Path> dossier(Locale locale);
}
