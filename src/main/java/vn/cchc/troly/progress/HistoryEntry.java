package vn.cchc.troly.progress;

import java.time.Instant;

/**
 * One report in an item's history.
 *
 * @param figure for FIGURE reports, else null
 * @param note for NOTE reports, else null
 * @param undoneAt when its author undid it, or null
 */
public record HistoryEntry(long reportId, ReportKind kind, Figure figure, boolean lastYear, String note, boolean done,
		Instant reportedAt, long officialId, String officialName, Instant undoneAt) {

	public boolean undone() {
		return undoneAt != null;
	}
}
