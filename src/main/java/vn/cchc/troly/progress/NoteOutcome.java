package vn.cchc.troly.progress;

import vn.cchc.troly.plan.PlanItem;

/** What {@link ProgressManagement#recordNote} did. */
public sealed interface NoteOutcome permits NoteOutcome.Recorded, Refused {

	record Recorded(long reportId, PlanItem item, String note, boolean done, ItemStatus status) implements NoteOutcome {
	}
}
