package vn.cchc.troly.progress;

/** Why a report was not taken. Each has a text: {@code progress.refused.<NAME>}. */
public enum RefusalReason {
	/** The current plan has no item with that code. */
	UNKNOWN_ITEM,
	/** Only the item's lead, its coordinating positions (any official when "Cán bộ, công chức xã"
	 * coordinates) and the coordinator may report on it; also for unknown or inactive officials. */
	NOT_ALLOWED,
	/** A qualitative item takes notes, not figures. */
	FIGURE_NOT_EXPECTED,
	/** The text is not a usable figure; see the {@link FigureProblem}. */
	BAD_FIGURE,
	EMPTY_NOTE,
	/** Over {@link ProgressManagement#NOTE_LIMIT} characters. */
	NOTE_TOO_LONG,
	/** The official has no report left to undo. */
	NOTHING_TO_UNDO,
	/** The last report is older than the undo window. */
	UNDO_WINDOW_PASSED,
	/** Evidence without a Telegram file id. */
	NO_FILE
}
