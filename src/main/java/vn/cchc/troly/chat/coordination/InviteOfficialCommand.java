package vn.cchc.troly.chat.coordination;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Access;
import vn.cchc.troly.chat.Button;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ChatCommand;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.chat.internal.PlainTexts;
import vn.cchc.troly.people.InviteOutcome;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.PositionHolders;
import vn.cchc.troly.people.Role;

/**
 * /moi &lt;vị trí&gt; [lanhdao|dieuphoi] (/invite), coordinators only: a one-time invite link for a
 * position, then a message the coordinator forwards to the person. For a position someone holds
 * already it says who, and makes the invite once the coordinator confirms ({@link InviteConfirmButton}).
 * The province's people invite their own with {@code /moi <chức danh> tinh}, and only those: a unit's
 * coordinator cannot make anyone the province's.
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
	public String provinceDescriptionKey() {
		return "chat.invite.command.province";
	}

	@Override
	public Access access() {
		return Access.COORDINATOR;
	}

	@Override
	public boolean servesProvince() {
		return true;
	}

	@Override
	public Reply handle(ChatRequest request) {
		var argument = request.argument();
		var province = request.official().isProvince();
		if (argument.isEmpty()) {
			return Reply.text(province ? "chat.invite.usage.province" : "chat.invite.usage");
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
		if (province != (role == Role.PROVINCE)) {
			return Reply.text(province ? "chat.invite.province.only" : "chat.invite.province.refused");
		}
		if (province) {
			// The province's people share a few positions ("Sở Nội vụ"): another holder is the rule, not a slip.
			return invite(position, role, request);
		}
		// A second holder is legitimate (two leaders, a deputy), but often a mistake: say who holds it first.
		var held = people.holdersOf(position).filter(p -> !p.holders().isEmpty());
		if (held.isPresent()) {
			var holders = held.get();
			var names = String.join(", ", holders.holders().stream().map(PositionHolders.Holder::displayName).toList());
			return Reply.text("chat.invite.held", holders.name(), names, roleName(role, request))
				.withButtons(List.of(Button.row(
						Button.of("chat.invite.button.create", InviteConfirmButton.create(holders.positionId(), role)),
						Button.of("chat.invite.button.cancel", InviteConfirmButton.CANCEL))));
		}
		return invite(position, role, request);
	}

	/** Makes the invite and the message to forward, or says why not. */
	Reply invite(String position, Role role, ChatRequest request) {
		var outcome = people.createInvite(position, role, request.official().officialId());
		if (outcome instanceof InviteOutcome.Refused refused) {
			return Reply.text("people.invite.refused." + refused.reason().name(), position,
					String.join("; ", refused.knownPositions()));
		}
		var created = (InviteOutcome.Created) outcome;
		var expires = texts.when(created.expiresAt());
		var forward = created.role() == Role.PROVINCE ? "chat.invite.forward.province" : "chat.invite.forward";
		return Reply.text("chat.invite.created", created.position().name(), roleName(created.role(), request), expires,
				created.link())
			.and(Reply.text(forward, created.position().name(), created.link(), expires, created.code()));
	}

	private String roleName(Role role, ChatRequest request) {
		return plain.plain("people.role." + role.name(), List.of(), request.locale());
	}
}
