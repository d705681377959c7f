package vn.cchc.troly.progress;

import vn.cchc.troly.plan.PlanItem;

/** What {@link ProgressManagement#recordEvidence} did. */
public sealed interface EvidenceOutcome permits EvidenceOutcome.Recorded, Refused {

	record Recorded(long evidenceId, PlanItem item) implements EvidenceOutcome {
	}
}
