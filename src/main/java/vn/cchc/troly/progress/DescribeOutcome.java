package vn.cchc.troly.progress;

import vn.cchc.troly.plan.PlanItem;

/** What {@link EvidenceKeeping#describe} did. */
public sealed interface DescribeOutcome permits DescribeOutcome.Described, Refused {

	/**
	 * A new description kept: what is now known of the document.
	 *
	 * @param correction whether it replaces an earlier description (kept in the history)
	 */
	record Described(long evidenceId, PlanItem item, String fileName, DocumentFacts facts, boolean correction)
			implements DescribeOutcome {
	}
}
