package vn.cchc.troly.progress;

import vn.cchc.troly.plan.PlanItem;

/** What {@link ProgressManagement#recordEvidence} did. */
public sealed interface EvidenceOutcome permits EvidenceOutcome.Recorded, Refused {

	/** Stored; {@code fileName} is the file's name (for a text kept as evidence, the .txt it makes), or null. */
	record Recorded(long evidenceId, PlanItem item, String fileName) implements EvidenceOutcome {
	}
}
