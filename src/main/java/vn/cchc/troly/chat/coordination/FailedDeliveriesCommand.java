package vn.cchc.troly.chat.coordination;

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

/**
 * /loigui (/failed), coordinators only: the messages the transport never delivered after every
 * attempt (or that were refused), newest first, so nothing the bot should have said is lost without
 * anyone knowing.
 */
@Component
@Order(700)
class FailedDeliveriesCommand implements ChatCommand {

	static final int SHOWN = 20;

	private final ChatTransport transport;
	private final ItemTexts texts;

	FailedDeliveriesCommand(ChatTransport transport, ItemTexts texts) {
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
		var failures = transport.failures(SHOWN);
		if (failures.isEmpty()) {
			return Reply.text("chat.failed.none");
		}
		var lines = failures.stream().map(f -> Phrase.of("chat.failed.line", texts.when(f.createdAt()),
				String.valueOf(f.chat().value()), f.what(), f.attempts(), f.lastError() == null ? "" : f.lastError()));
		return Reply.text("chat.failed.list", failures.size(), Lines.of(lines));
	}
}
