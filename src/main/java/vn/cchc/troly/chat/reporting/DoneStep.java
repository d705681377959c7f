package vn.cchc.troly.chat.reporting;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.Conversation;
import vn.cchc.troly.chat.internal.ConversationStep;

/** While "is this work done?" waits for a button, typed text and files get a reminder to press one. */
@Component
class DoneStep implements ConversationStep {

	@Override
	public String topic() {
		return ReportPrompts.DONE_TOPIC;
	}

	@Override
	public Reply handle(ChatRequest request, Conversation conversation) {
		return Reply.text("chat.note.pressButton", PendingNote.parse(conversation.data()).code());
	}
}
