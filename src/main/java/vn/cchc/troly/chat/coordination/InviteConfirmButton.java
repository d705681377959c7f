package vn.cchc.troly.chat.coordination;

import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Access;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.CallbackHandler;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.Role;

/**
 * The answer to "/moi for a position someone holds: invite another?": "moi:12:O" makes the invite
 * for position 12 with the role (C, L or O), the asking message becoming the invite and the message
 * to forward following it; "moi:x" makes none. Only the coordinator may press.
 */
@Component
class InviteConfirmButton implements CallbackHandler {

	static final String PREFIX = "moi:";
	static final String CANCEL = PREFIX + "x";
	private static final Pattern CREATE = Pattern.compile("moi:(\\d{1,18}):([CLO])");

	private final InviteOfficialCommand command;
	private final PeopleManagement people;

	InviteConfirmButton(InviteOfficialCommand command, PeopleManagement people) {
		this.command = command;
		this.people = people;
	}

	static String create(long positionId, Role role) {
		return PREFIX + positionId + ":" + role.name().charAt(0);
	}

	@Override
	public String prefix() {
		return PREFIX;
	}

	@Override
	public Access access() {
		return Access.COORDINATOR;
	}

	@Override
	public Reply handle(ChatRequest request) {
		if (CANCEL.equals(request.callbackData())) {
			return Reply.edit("chat.invite.cancelled");
		}
		var matcher = CREATE.matcher(request.callbackData());
		if (!matcher.matches()) {
			return Reply.alert("chat.invite.stale");
		}
		var positionId = Long.parseLong(matcher.group(1));
		// Only a position of the coordinator's own unit: the id comes from the client.
		var position = people.holdersOf(positionId).orElse(null);
		if (position == null) {
			return Reply.alert("chat.invite.stale");
		}
		var role = switch (matcher.group(2)) {
			case "C" -> Role.COORDINATOR;
			case "L" -> Role.LEADER;
			default -> Role.OFFICIAL;
		};
		var reply = command.invite(position.name(), role, request);
		// The question becomes the invite (or why there is none); the message to forward follows it.
		var first = (Reply.Text) reply.parts().get(0);
		var rest = new Reply(reply.parts().subList(1, reply.parts().size()), null);
		return Reply.edit(first.key(), first.args().toArray()).and(rest);
	}
}
