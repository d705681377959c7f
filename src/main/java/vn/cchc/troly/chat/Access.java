package vn.cchc.troly.chat;

import vn.cchc.troly.people.Official;
import vn.cchc.troly.people.Role;

/**
 * Who may use a command or a button, declared by each command and button handler and enforced by
 * the router before the handler runs. Data, not code in
 * the handlers, so the whole matrix can be listed from the registry.
 */
public enum Access {

	/** Anyone, registered or not: only /start, which redeems an invite. */
	ANYONE,

	/** Any active registered official (the default). */
	REGISTERED,

	/** Active officials with the LEADER or the COORDINATOR role. */
	LEADER_OR_COORDINATOR,

	/** Active officials with the COORDINATOR role (the Văn phòng - Thống kê officer). */
	COORDINATOR,

	/**
	 * The province's people only (no unit): what reaches any unit by its id, such as picking a unit
	 * to look at. A handler with this access also says it {@code servesProvince}.
	 */
	PROVINCE;

	/** Whether the official (null for someone not registered or no longer active) may go ahead. */
	public boolean admits(Official official) {
		if (this == ANYONE) {
			return true;
		}
		if (official == null || !official.active()) {
			return false;
		}
		return switch (this) {
			case REGISTERED -> true;
			case LEADER_OR_COORDINATOR -> official.hasRole(Role.LEADER) || official.hasRole(Role.COORDINATOR);
			case COORDINATOR -> official.hasRole(Role.COORDINATOR);
			case PROVINCE -> official.isProvince();
			case ANYONE -> true;
		};
	}
}
