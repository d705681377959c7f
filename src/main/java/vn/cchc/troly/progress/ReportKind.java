package vn.cchc.troly.progress;

/** What a progress report carries. */
public enum ReportKind {
	/** A figure (số liệu). */
	FIGURE,
	/** A note (ghi chú), possibly saying the work is done. */
	NOTE,
	/** Cancels an earlier report of the same official. */
	UNDO
}
