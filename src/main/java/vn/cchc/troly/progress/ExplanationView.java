package vn.cchc.troly.progress;

import java.time.Instant;

/**
 * A request for an explanation as every screen shows it: the item, who asked and why, and the answer
 * once there is one (answer fields null while it waits).
 *
 * @param askedById the official who asked, to tell them the answer
 */
public record ExplanationView(long id, long planId, long itemId, String itemCode, String itemTitle, long askedById, String askedBy,
		String note, Instant askedAt, Instant remindedAt, String answeredBy, String answer, Instant answeredAt) {

	public boolean answered() {
		return answer != null;
	}
}
