package vn.cchc.troly.progress;

import java.time.Instant;
import java.util.List;

import vn.cchc.troly.plan.PlanItem;

/** An item's evidence, newest first, each with its latest description. */
public record ItemEvidence(PlanItem item, List<Piece> pieces) {

	/**
	 * One piece of evidence.
	 *
	 * @param kept whether its bytes are in the evidence folder (false: still being fetched, or lost)
	 * @param facts its latest description, {@link DocumentFacts#NONE} when none
	 * @param descriptions how many descriptions it has had: more than one means it was corrected
	 * @param describedBy who wrote the latest description, or null
	 */
	public record Piece(long id, EvidenceKind kind, String fileName, String caption, Instant receivedAt,
			String sentBy, boolean kept, int downloadAttempts, DocumentFacts facts, int descriptions,
			String describedBy) {

		public boolean corrected() {
			return descriptions > 1;
		}
	}
}
