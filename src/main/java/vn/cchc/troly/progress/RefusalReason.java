package vn.cchc.troly.progress;

/** Why a report was not taken. Each has a text: {@code progress.refused.<NAME>}. */
public enum RefusalReason {
	/** The current plan has no item with that code. */
	UNKNOWN_ITEM,
	/** Only the item's lead, its coordinating positions (any official when "Cán bộ, công chức xã"
	 * coordinates) and the coordinator may report on it; also for unknown or inactive officials. */
	NOT_ALLOWED,
	/** A leader without the item's lead position oversees it and does not report on it. */
	LEADER_OVERSEES,
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
	/** Evidence without a Telegram file id, or a text kept as evidence that is empty. */
	NO_FILE,
	/** A text kept as evidence longer than {@link EvidenceKeeping#TEXT_LIMIT} characters. */
	TEXT_TOO_LONG,
	/** No proposed figure with that id (or the report is not a proposal). */
	UNKNOWN_PROPOSAL,
	/** Only the item's lead (or the coordinator) confirms or declines a proposed figure. */
	NOT_THE_LEAD,
	/** The proposal was confirmed or declined already. */
	PROPOSAL_DECIDED,
	/** The proposer undid the proposal. */
	PROPOSAL_UNDONE,
	/** No evidence with that id, or the item has none. */
	UNKNOWN_EVIDENCE,
	/** Only who sent a piece of evidence, or the coordinator, describes it. */
	NOT_THE_SENDER,
	/** A description that names no number, date, issuer or page. */
	EMPTY_DESCRIPTION
}
