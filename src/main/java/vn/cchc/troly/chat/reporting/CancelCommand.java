package vn.cchc.troly.chat.reporting;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ChatCommand;
import vn.cchc.troly.chat.internal.Conversations;

/** /huy (/cancel): drops the pending step (an item picked, a file waiting for its item). */
@Component
@Order(890)
class CancelCommand implements ChatCommand {

	private final Conversations conversations;

	CancelCommand(Conversations conversations) {
		this.conversations = conversations;
	}

	/** The province's people use it too. */
	@Override
	public boolean servesProvince() {
		return true;
	}

	@Override
	public String name() {
		return "huy";
	}

	@Override
	public String alias() {
		return "cancel";
	}

	@Override
	public String descriptionKey() {
		return "chat.report.command.cancel";
	}

	@Override
	public Reply handle(ChatRequest request) {
		// The router ends the pending step before any command runs; ask whether it ended one now.
		conversations.end(request);
		return Reply.text(conversations.endedBy(request) ? "chat.report.cancelled" : "chat.report.nothingToCancel");
	}
}
