package vn.cchc.troly.progress;

import java.time.Instant;

/**
 * One report in an item's history: a figure, a note, or a proposed figure. A lead's "no" to a
 * proposal is not an entry of its own: it is the proposal's {@code answer}.
 *
 * @param figure for FIGURE and PROPOSAL reports, else null
 * @param note for NOTE reports, else null
 * @param undoneAt when its author undid it, or null
 * @param proposedBy for a FIGURE confirming a proposal, who proposed it; else null
 * @param answer for a PROPOSAL, how the lead answered it; null while pending (and for other kinds)
 */
public record HistoryEntry(long reportId, ReportKind kind, Figure figure, boolean lastYear, String note, boolean done,
		Instant reportedAt, long officialId, String officialName, Instant undoneAt, String proposedBy,
		ProposalAnswer answer) {

	public boolean undone() {
		return undoneAt != null;
	}
}
