package vn.cchc.troly.chat.coordination;

import java.util.HashSet;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Access;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.ChatTransport;
import vn.cchc.troly.chat.Lines;
import vn.cchc.troly.chat.Phrase;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ChatCommand;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.report.LeadershipGroup;

/**
 * /loigui (/failed), coordinators only: the messages the transport never delivered after every
 * attempt (or that were refused), newest first, so nothing the bot should have said is lost without
 * anyone knowing. With several units, only this unit's: messages to another unit's people or group
 * are left out.
 */
@Component
@Order(700)
class FailedDeliveriesCommand implements ChatCommand {

	static final int SHOWN = 20;

	private final ChatTransport transport;
	private final ItemTexts texts;
	private final PeopleManagement people;
	private final LeadershipGroup leadership;

	FailedDeliveriesCommand(ChatTransport transport, ItemTexts texts, PeopleManagement people,
			LeadershipGroup leadership) {
		this.people = people;
		this.leadership = leadership;
		this.transport = transport;
		this.texts = texts;
	}

	@Override
	public String name() {
		return "loigui";
	}

	@Override
	public String alias() {
		return "failed";
	}

	@Override
	public String descriptionKey() {
		return "chat.failed.command";
	}

	@Override
	public Access access() {
		return Access.COORDINATOR;
	}

	@Override
	public Reply handle(ChatRequest request) {
		// Another unit's messages (its people's chats, its group) are its coordinator's to see, not this one's.
		var elsewhere = new HashSet<Long>(people.telegramUsersOutside());
		elsewhere.addAll(leadership.chatsOfOthers());
		var failures = transport.failures(SHOWN, chat -> !elsewhere.contains(chat.value()));
		if (failures.isEmpty()) {
			return Reply.text("chat.failed.none");
		}
		var lines = failures.stream().map(f -> Phrase.of("chat.failed.line", texts.when(f.createdAt()),
				String.valueOf(f.chat().value()), f.what(), f.attempts(), f.lastError() == null ? "" : f.lastError()));
		return Reply.text("chat.failed.list", failures.size(), Lines.of(lines));
	}
}
