package vn.cchc.troly.chat.oversight;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.CallbackHandler;
import vn.cchc.troly.chat.internal.Conversations;
import vn.cchc.troly.progress.ExplanationOutcome;
import vn.cchc.troly.progress.ExplanationOutcome.Reason;
import vn.cchc.troly.progress.Explanations;

/**
 * The lead's "✍️ Trả lời" under a request for an explanation ({@code explain:reply:<id>}): the next
 * text they type is the answer ({@link ExplanationAnswerStep}). Who may answer is checked here, before
 * they type, and again when the answer is stored.
 */
@Component
class ExplanationReplyButton implements CallbackHandler {

	static final String PREFIX = "explain:reply:";
	static final String ANSWER_TOPIC = "explain-answer";

	private final Explanations explanations;
	private final ExplanationTexts texts;
	private final Conversations conversations;

	ExplanationReplyButton(Explanations explanations, ExplanationTexts texts, Conversations conversations) {
		this.explanations = explanations;
		this.texts = texts;
		this.conversations = conversations;
	}

	@Override
	public String prefix() {
		return PREFIX;
	}

	@Override
	public Reply handle(ChatRequest request) {
		long id;
		try {
			id = Long.parseLong(request.callbackData().substring(PREFIX.length()));
		}
		catch (NumberFormatException e) {
			return Reply.alert("chat.explain.refused.UNKNOWN_REQUEST");
		}
		var explanation = explanations.view(id).orElse(null);
		if (explanation == null) {
			return Reply.alert("chat.explain.refused.UNKNOWN_REQUEST");
		}
		if (explanation.answered()) {
			return texts.refused(new ExplanationOutcome.Refused(Reason.ALREADY_ANSWERED, explanation));
		}
		if (!explanations.mayAnswer(request.official(), id)) {
			return texts.refused(new ExplanationOutcome.Refused(Reason.NOT_THE_LEAD, explanation));
		}
		if (!request.isPrivate()) {
			return Reply.text("chat.explain.answerPrivately", explanation.itemCode());
		}
		conversations.start(request, ANSWER_TOPIC, String.valueOf(id), ExplanationRequestButton.WAIT);
		return Reply.text("chat.explain.answerPrompt", explanation.itemCode(), explanation.askedBy());
	}
}
