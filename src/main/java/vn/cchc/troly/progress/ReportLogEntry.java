package vn.cchc.troly.progress;

import java.time.Instant;

/**
 * A report (figure, note or proposed figure) on an item of the current plan, as the export lists it.
 *
 * @param figure for FIGURE and PROPOSAL reports, else null
 * @param note for NOTE reports, else null
 * @param undoneAt when its author undid it, or null
 * @param proposedBy for a FIGURE confirming a proposal, who proposed it; else null
 * @param answer for a PROPOSAL, how the lead answered it; null while pending (and for other kinds)
 */
public record ReportLogEntry(long reportId, String itemCode, ReportKind kind, Figure figure, boolean lastYear,
		String note, boolean done, Instant reportedAt, String officialName, Instant undoneAt, String proposedBy,
		ProposalAnswer answer) {

	public boolean undone() {
		return undoneAt != null;
	}
}
