package vn.cchc.troly.progress;

import vn.cchc.troly.plan.PlanItem;

/** What {@link ProgressManagement#confirmProposal} and {@link ProgressManagement#declineProposal} did. */
public sealed interface DecisionOutcome permits DecisionOutcome.Confirmed, DecisionOutcome.Declined, Refused {

	/** The proposal's figure is now the lead's and counts ({@code reportId}); {@code status} is the item's now. */
	record Confirmed(long proposalId, long reportId, PlanItem item, Figure figure, boolean lastYear, String proposedBy,
			ItemStatus status) implements DecisionOutcome {
	}

	/**
	 * The proposal stays in the history, declined ({@code reportId} is the "no"); {@code counted} and
	 * {@code countedBy} are the figure that still counts (null when none), {@code status} the item's,
	 * unchanged.
	 */
	record Declined(long proposalId, long reportId, PlanItem item, Figure figure, String proposedBy, Figure counted,
			FigureBy countedBy, ItemStatus status) implements DecisionOutcome {
	}
}
