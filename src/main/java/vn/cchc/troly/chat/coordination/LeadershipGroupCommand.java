package vn.cchc.troly.chat.coordination;

import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Access;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Chats;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ChatCommand;
import vn.cchc.troly.report.LeadershipChat;
import vn.cchc.troly.report.LeadershipGroup;

/**
 * /nhomlanhdao (/setgroup), sent by the coordinator in the leaders' group: the weekly summary
 * goes there from now on, and leaders may ask /tinhhinh there. Another group set before stops
 * being the leadership group, and the answer says so. Sent by one of the province's people, it
 * makes the group the province's: the weekly province digest goes there, and the province's
 * people may ask /tinhhinh there.
 */
@Component
@Order(700)
class LeadershipGroupCommand implements ChatCommand {

	private final LeadershipGroup leadership;

	LeadershipGroupCommand(LeadershipGroup leadership) {
		this.leadership = leadership;
	}

	@Override
	public String name() {
		return "nhomlanhdao";
	}

	@Override
	public String alias() {
		return "setgroup";
	}

	@Override
	public String descriptionKey() {
		return "chat.group.command";
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
	public Chats chats() {
		return Chats.GROUPS;
	}

	@Override
	public Reply handle(ChatRequest request) {
		if (request.official().isProvince()) {
			return forProvince(request);
		}
		// One chat, one unit's group: two communes' summaries in one chat would mix their plans.
		if (leadership.belongsElsewhere(request.chatId().value(), request.official().unit())) {
			return Reply.text("chat.group.otherUnit");
		}
		var change = leadership.set(request.chatId().value(), request.chatTitle(), request.official().id());
		if (change.unchanged()) {
			return Reply.text("chat.group.unchanged");
		}
		if (change.replacedAnother()) {
			return Reply.text("chat.group.replaced", title(change.previous()));
		}
		return Reply.text("chat.group.set");
	}

	private Reply forProvince(ChatRequest request) {
		// A unit's group stays that unit's: the digest of every unit would land among one unit's leaders.
		if (leadership.belongsElsewhere(request.chatId().value(), Optional.empty())) {
			return Reply.text("chat.group.province.otherUnit");
		}
		var change = leadership.setForProvince(request.chatId().value(), request.chatTitle(), request.official().id());
		if (change.unchanged()) {
			return Reply.text("chat.group.province.unchanged");
		}
		if (change.replacedAnother()) {
			return Reply.text("chat.group.province.replaced", title(change.previous()));
		}
		return Reply.text("chat.group.province.set");
	}

	private static String title(LeadershipChat chat) {
		return chat.title() == null || chat.title().isBlank() ? String.valueOf(chat.chatId()) : chat.title();
	}
}
