package vn.cchc.troly.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Who has not reported this period, on which items: items with no report (figure or note) since
 * {@code from} (the reporting period, {@code troly.progress.reporting-period}), per active lead.
 *
 * @param unled items without a report this period that no registered official leads
 */
public record MissingReports(LocalDate from, LocalDate to, List<Reporter> reporters, List<ItemRef> unled) {

	/** A lead and their unreported items; {@code muted} when they paused reminders. */
	public record Reporter(long officialId, long telegramUserId, String name, boolean muted, List<ItemRef> items) {
	}

	/** An item by code and title, with the day it was last reported on (null if never). */
	public record ItemRef(String code, String title, LocalDate lastReportOn) {
	}
}
