package vn.cchc.troly.progress;

import static org.assertj.core.api.Assertions.assertThat;

import vn.cchc.troly.people.InviteOutcome;
import vn.cchc.troly.people.Official;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.RedeemOutcome;
import vn.cchc.troly.people.Role;

/** An official registered the way an invite does it, for the progress tests. */
final class Registrations {

	private Registrations() {
	}

	static Official register(PeopleManagement people, long telegramUserId, String name, String position, Role role) {
		var invite = people.createInvite(position, role, null);
		assertThat(invite).isInstanceOf(InviteOutcome.Created.class);
		var redeemed = people.redeem(((InviteOutcome.Created) invite).code(), telegramUserId, name, null);
		assertThat(redeemed).isInstanceOf(RedeemOutcome.Registered.class);
		return ((RedeemOutcome.Registered) redeemed).official();
	}
}
