package vn.cchc.troly.progress;

import java.time.Instant;

import vn.cchc.troly.plan.PlanItem;

/** What {@link ProgressManagement#recordEvidence} did. */
public sealed interface EvidenceOutcome permits EvidenceOutcome.Recorded, EvidenceOutcome.AlreadyKept, Refused {

	/** Stored; {@code fileName} is the file's name (for a text kept as evidence, the .txt it makes), or null. */
	record Recorded(long evidenceId, PlanItem item, String fileName) implements EvidenceOutcome {
	}

	/**
	 * The same bytes are kept for the item already: nothing new stored.
	 *
	 * @param evidenceId the piece that holds them, sent at {@code receivedAt} by {@code sentBy}
	 */
	record AlreadyKept(long evidenceId, PlanItem item, Instant receivedAt, String sentBy) implements EvidenceOutcome {
	}
}
