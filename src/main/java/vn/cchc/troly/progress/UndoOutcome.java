package vn.cchc.troly.progress;

import java.time.Instant;

import vn.cchc.troly.plan.PlanItem;

/** What {@link ProgressManagement#undoLast} did. */
public sealed interface UndoOutcome permits UndoOutcome.Undone, Refused {

	/**
	 * The report is cancelled (an UNDO row now points at it). {@code figure} or {@code note} is
	 * what it said; {@code status} is the item's status without it.
	 */
	record Undone(long cancelledReportId, PlanItem item, ReportKind kind, Figure figure, String note,
			Instant reportedAt, ItemStatus status) implements UndoOutcome {
	}
}
