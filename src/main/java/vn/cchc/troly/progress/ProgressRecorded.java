package vn.cchc.troly.progress;

import java.time.Instant;

/** A report (figure, note or undo) was stored. Published once its transaction commits to listeners that ask for it. */
public record ProgressRecorded(long reportId, long itemId, String itemCode, long officialId, ReportKind kind,
		Instant reportedAt) {
}
