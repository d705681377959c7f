package vn.cchc.troly.progress;

import java.time.Instant;

import vn.cchc.troly.plan.PlanItem;

/**
 * A proposed figure as the lead is asked about it: what, by whom, when, how it was answered (null
 * while pending), whether the proposer undid it, and where the item stands meanwhile.
 */
public record Proposal(long id, PlanItem item, Figure figure, boolean lastYear, long proposerId, String proposedBy,
		Instant proposedAt, ProposalAnswer answer, boolean undone, Situation situation) {

	public boolean pending() {
		return answer == null && !undone;
	}
}
