package vn.cchc.troly.progress;

import java.time.Instant;

/**
 * A request for an explanation as every screen shows it: the item, who asked and why, and the answer
 * once there is one (answer fields null while it waits).
 *
 * @param askedById the official who asked, to tell them the answer
 * @param askedByProvince whether they asked for the province (they belong to no unit)
 * @param unitId the unit whose plan holds the item: its notices are worked out in that unit
 * @param unitName that unit's name (null for a unit its first plan has not named yet)
 */
public record ExplanationView(long id, long planId, long itemId, String itemCode, String itemTitle, long askedById,
		String askedBy, String note, Instant askedAt, Instant remindedAt, String answeredBy, String answer,
		Instant answeredAt, boolean askedByProvince, long unitId, String unitName) {

	public boolean answered() {
		return answer != null;
	}
}
