package vn.cchc.troly.sandbox;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import vn.cchc.troly.people.UnitId;
import vn.cchc.troly.report.PostOutcome;

/**
 * What the sandbox page asks of modules beyond chat: the leadership groups the weekly summaries and
 * the province digest go to, a commune's summary on demand, and its evidence dossier to download. Each
 * commune's work is done in that unit's scope. Implemented by {@link ReportSandboxActions} over the
 * report module's public services.
 */
interface SandboxActions {

	/** Makes the group the unit's leadership group its weekly summary goes to, as its coordinator's /nhomlanhdao would. */
	void useAsLeadershipGroup(UnitId unit, long chatId, String title, long coordinatorTelegramUserId);

	/** Makes the group the province's group, where the province digest goes. */
	void useAsProvinceGroup(long chatId, String title, long provinceTelegramUserId);

	/**
	 * Posts the unit's summary of this week to its leadership group now, as its coordinator asking for it. At
	 * most one a week: a second call in the same week posts nothing and says when the first went out.
	 */
	PostOutcome postWeeklySummaryNow(UnitId unit, long coordinatorTelegramUserId);

	/**
	 * The unit's current plan's evidence dossier as one .zip on disk (a page download has no size limit),
	 * for the caller to send and delete; empty without a plan.
	 */
	Optional<Path> dossier(UnitId unit, Locale locale);
}
