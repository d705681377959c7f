package vn.cchc.troly.telegram;

import org.springframework.stereotype.Component;

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
