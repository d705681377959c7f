package vn.cchc.troly.people;

/** What {@link PeopleManagement#redeem} did. */
public sealed interface RedeemOutcome {

	/**
	 * The person now holds the invite's position and role. {@code firstTime} when this invite
	 * registered them; false when they were registered already and gained one more.
	 */
	record Registered(Official official, Position position, Role role, boolean firstTime) implements RedeemOutcome {
	}

	record Refused(Reason reason) implements RedeemOutcome {
	}

	enum Reason {
		/** No invite has this code. */
		UNKNOWN,
		/** The invite was redeemed already. */
		USED,
		/** The invite's time ran out. */
		EXPIRED,
		/** The person works in another unit (or for the province): one person, one unit. */
		OTHER_UNIT
	}
}
