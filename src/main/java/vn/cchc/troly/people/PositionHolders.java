package vn.cchc.troly.people;

import java.time.Instant;
import java.util.List;

/**
 * A position by name with the active officials holding it (by name): who leads an item whose
 * lead is this position. Read for many positions in one query ({@link PeopleManagement#holders}).
 */
public record PositionHolders(long positionId, String name, List<Holder> holders) {

	public PositionHolders {
		holders = List.copyOf(holders);
	}

	/** An active official holding the position: what a lead list, a reminder or a summary needs of them. */
	public record Holder(long id, long telegramUserId, String displayName, Instant mutedUntil) {

		/** Muted (by /tamdung) until a moment still to come: reminders skip them. */
		public boolean isMuted(Instant now) {
			return mutedUntil != null && mutedUntil.isAfter(now);
		}
	}
}
