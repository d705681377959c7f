package vn.cchc.troly.progress;

/** What a progress report carries. */
public enum ReportKind {
	/** A figure (số liệu) that counts: from the item's lead or the coordinator, or a lead's confirmation of a proposal. */
	FIGURE,
	/** A note (ghi chú), possibly saying the work is done. */
	NOTE,
	/** A figure from a coordinating official: kept, not counted until the item's lead confirms it. */
	PROPOSAL,
	/** The lead's "no" to a proposal: the proposal stays in the history, marked declined. */
	DECLINE,
	/** Cancels an earlier report of the same official. */
	UNDO
}
