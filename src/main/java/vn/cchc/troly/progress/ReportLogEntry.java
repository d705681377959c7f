package vn.cchc.troly.progress;

import java.time.Instant;

/**
 * A report (figure or note) on an item of the current plan, as the export lists it.
 *
 * @param figure for FIGURE reports, else null
 * @param note for NOTE reports, else null
 * @param undoneAt when its author undid it, or null
 */
public record ReportLogEntry(long reportId, String itemCode, ReportKind kind, Figure figure, boolean lastYear,
		String note, boolean done, Instant reportedAt, String officialName, Instant undoneAt) {

	public boolean undone() {
		return undoneAt != null;
	}
}
