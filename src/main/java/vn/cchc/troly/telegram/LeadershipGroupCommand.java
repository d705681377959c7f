package vn.cchc.troly.telegram;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.report.LeadershipChat;
import vn.cchc.troly.report.LeadershipGroup;

/**
 * /nhomlanhdao (/setgroup), sent by the coordinator in the leaders' group: the weekly summary
 * goes there from now on, and leaders may ask /tinhhinh there. Another group set before stops
 * being the leadership group, and the answer says so.
 */
@Component
@Order(700)
class LeadershipGroupCommand implements ChatCommand {

	private final LeadershipGroup leadership;
	private final Callers callers;

	LeadershipGroupCommand(LeadershipGroup leadership, Callers callers) {
		this.leadership = leadership;
		this.callers = callers;
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
	public Chats chats() {
		return Chats.GROUPS;
	}

	@Override
	public Reply handle(ChatRequest request) {
		var change = leadership.set(request.chatId(), request.chatTitle(), callers.registered(request).id());
		if (change.unchanged()) {
			return Reply.text("chat.group.unchanged");
		}
		if (change.replacedAnother()) {
			return Reply.text("chat.group.replaced", title(change.previous()));
		}
		return Reply.text("chat.group.set");
	}

	private static String title(LeadershipChat chat) {
		return chat.title() == null || chat.title().isBlank() ? String.valueOf(chat.chatId()) : chat.title();
	}
}
