package vn.cchc.troly.telegram;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.TroLyCchcApplication;
import vn.cchc.troly.people.InviteOutcome;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.Role;

/**
 * /moi &lt;vị trí&gt; [lanhdao|dieuphoi] (/invite), coordinators only: a one-time invite link for a
 * position, then a message the coordinator forwards to the person.
 */
@Component
@Order(600)
class InviteOfficialCommand implements ChatCommand {

	static final DateTimeFormatter EXPIRES = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
		.withZone(TroLyCchcApplication.ZONE);

	private final PeopleManagement people;
	private final Callers callers;
	private final ReplyRenderer renderer;

	InviteOfficialCommand(PeopleManagement people, Callers callers, ReplyRenderer renderer) {
		this.people = people;
		this.callers = callers;
		this.renderer = renderer;
	}

	@Override
	public String name() {
		return "moi";
	}

	@Override
	public String alias() {
		return "invite";
	}

	@Override
	public String descriptionKey() {
		return "chat.invite.command";
	}

	@Override
	public Access access() {
		return Access.COORDINATOR;
	}

	@Override
	public Reply handle(ChatRequest request) {
		var argument = request.argument();
		if (argument.isEmpty()) {
			return Reply.text("chat.invite.usage");
		}
		// A last word naming a role ("lanhdao", "dieuphoi") is the role; otherwise all is the position.
		var role = Role.OFFICIAL;
		var position = argument;
		var space = argument.lastIndexOf(' ');
		if (space > 0) {
			var word = Role.fromChatWord(argument.substring(space + 1));
			if (word.isPresent()) {
				role = word.get();
				position = argument.substring(0, space).strip();
			}
		}
		var outcome = people.createInvite(position, role, callers.registered(request).id());
		if (outcome instanceof InviteOutcome.Refused refused) {
			return Reply.text("people.invite.refused." + refused.reason().name(), position,
					String.join("; ", refused.knownPositions()));
		}
		var created = (InviteOutcome.Created) outcome;
		var roleName = renderer.plain("people.role." + created.role().name(), List.of(), request.locale());
		var expires = EXPIRES.format(created.expiresAt());
		return Reply.text("chat.invite.created", created.position().name(), roleName, expires, created.link())
			.and(Reply.text("chat.invite.forward", created.position().name(), created.link(), expires, created.code()));
	}
}
