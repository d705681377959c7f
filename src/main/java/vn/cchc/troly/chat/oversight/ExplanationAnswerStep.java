package vn.cchc.troly.chat.oversight;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.Conversation;
import vn.cchc.troly.chat.internal.ConversationStep;
import vn.cchc.troly.chat.internal.Conversations;
import vn.cchc.troly.progress.ExplanationOutcome;
import vn.cchc.troly.progress.ExplanationOutcome.Reason;
import vn.cchc.troly.progress.Explanations;

/** The lead's answer typed after "✍️ Trả lời": stored once and sent to the leader who asked. */
@Component
class ExplanationAnswerStep implements ConversationStep {

	private final Explanations explanations;
	private final ExplanationTexts texts;
	private final Conversations conversations;

	ExplanationAnswerStep(Explanations explanations, ExplanationTexts texts, Conversations conversations) {
		this.explanations = explanations;
		this.texts = texts;
		this.conversations = conversations;
	}

	@Override
	public String topic() {
		return ExplanationReplyButton.ANSWER_TOPIC;
	}

	@Override
	public Reply handle(ChatRequest request, Conversation conversation) {
		var id = Long.parseLong(conversation.data());
		if (request.text() == null || request.text().isBlank()) {
			// A photo or file is evidence, not the answer: the lead still owes the words.
			return Reply.text("chat.explain.answerTextOnly");
		}
		var outcome = explanations.answer(request.official(), id, request.text());
		if (outcome instanceof ExplanationOutcome.Refused refused && refused.reason() == Reason.TOO_LONG) {
			return texts.answered(outcome);
		}
		conversations.end(request);
		return texts.answered(outcome);
	}
}
