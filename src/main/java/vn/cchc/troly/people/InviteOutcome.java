package vn.cchc.troly.people;

import java.time.Instant;
import java.util.List;

/** What {@link PeopleManagement#createInvite} did: an invite to hand out, or why not. */
public sealed interface InviteOutcome {

	/**
	 * A new invite. {@code code} is shown once and never stored; {@code link} is the deep link
	 * that carries it.
	 */
	record Created(String link, String code, Position position, Role role, Instant expiresAt) implements InviteOutcome {
	}

	/**
	 * No invite. {@code knownPositions} lists the positions the plan names (for NOT_IN_PLAN), as
	 * written, so the coordinator can pick one.
	 */
	record Refused(Reason reason, String positionText, List<String> knownPositions) implements InviteOutcome {
	}

	enum Reason {
		/** No position was given. */
		NO_POSITION,
		/** An OFFICIAL invite for a position the current plan does not name. */
		NOT_IN_PLAN,
		/** An OFFICIAL invite before any plan naming positions has been imported. */
		NO_PLAN_YET,
		/** "Cán bộ, công chức xã": every registered official belongs to it already. */
		EVERYONE_GROUP
	}
}
