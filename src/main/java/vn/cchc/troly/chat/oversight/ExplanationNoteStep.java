package vn.cchc.troly.chat.oversight;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.Conversation;
import vn.cchc.troly.chat.internal.ConversationStep;
import vn.cchc.troly.chat.internal.Conversations;
import vn.cchc.troly.progress.ExplanationOutcome;
import vn.cchc.troly.progress.Explanations;

/** The leader's note typed after "❓ Yêu cầu giải trình": the request goes with it. */
@Component
class ExplanationNoteStep implements ConversationStep {

	private final Explanations explanations;
	private final ExplanationTexts texts;
	private final Conversations conversations;

	ExplanationNoteStep(Explanations explanations, ExplanationTexts texts, Conversations conversations) {
		this.explanations = explanations;
		this.texts = texts;
		this.conversations = conversations;
	}

	@Override
	public String topic() {
		return ExplanationRequestButton.NOTE_TOPIC;
	}

	@Override
	public Reply handle(ChatRequest request, Conversation conversation) {
		if (request.text() == null || request.text().isBlank()) {
			return Reply.text("chat.explain.noteTextOnly", conversation.data());
		}
		var outcome = explanations.ask(request.official(), conversation.data(), request.text());
		if (!(outcome instanceof ExplanationOutcome.Refused refused
				&& refused.reason() == ExplanationOutcome.Reason.TOO_LONG)) {
			// Kept asking only for a note that is too long, so the leader can shorten it.
			conversations.end(request);
		}
		return texts.asked(outcome);
	}
}
