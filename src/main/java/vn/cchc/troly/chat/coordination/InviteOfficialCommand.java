package vn.cchc.troly.chat.coordination;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Access;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ChatCommand;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.chat.internal.PlainTexts;
import vn.cchc.troly.people.InviteOutcome;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.progress.Refused;

/**
 * /moi &lt;vị trí&gt; [lanhdao|dieuphoi] (/invite), coordinators only: a one-time invite link for a
 * position, then a message the coordinator forwards to the person.
 */
@Component
@Order(600)
class InviteOfficialCommand implements ChatCommand {

	private final PeopleManagement people;
	private final ItemTexts texts;
	private final PlainTexts plain;

	InviteOfficialCommand(PeopleManagement people, ItemTexts texts, PlainTexts plain) {
		this.people = people;
		this.texts = texts;
		this.plain = plain;
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
		var outcome = people.createInvite(position, role, request.official().officialId());
		if (outcome instanceof InviteOutcome.Refused refused) {
			return Reply.text("people.invite.refused." + refused.reason().name(), position,
					String.join("; ", refused.knownPositions()));
		}
		var created = (InviteOutcome.Created) outcome;
		var roleName = plain.plain("people.role." + created.role().name(), List.of(), request.locale());
		var expires = texts.when(created.expiresAt());
		return Reply.text("chat.invite.created", created.position().name(), roleName, expires, created.link())
			.and(Reply.text("chat.invite.forward", created.position().name(), created.link(), expires, created.code()));
	}
}
