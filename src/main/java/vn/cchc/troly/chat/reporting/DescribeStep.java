package vn.cchc.troly.chat.reporting;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.Conversation;
import vn.cchc.troly.chat.internal.ConversationStep;
import vn.cchc.troly.chat.internal.Conversations;
import vn.cchc.troly.chat.internal.TextHandler;
import vn.cchc.troly.progress.DocumentFactsParser;

/**
 * After "✍️ describe": a text naming a number, date, issuer or page describes the evidence. Never
 * a dead end: a text that names none of these, or a photo or file, ends the step and is taken as it
 * would have been without it.
 */
@Component
class DescribeStep implements ConversationStep {

	static final String TOPIC = "report.evidence.describe";

	private final Conversations conversations;
	private final EvidenceDescribing describing;
	private final EvidenceIntake intake;
	private final List<TextHandler> texts;

	DescribeStep(Conversations conversations, EvidenceDescribing describing, EvidenceIntake intake,
			List<TextHandler> texts) {
		this.conversations = conversations;
		this.describing = describing;
		this.intake = intake;
		this.texts = texts;
	}

	@Override
	public String topic() {
		return TOPIC;
	}

	@Override
	public Reply handle(ChatRequest request, Conversation conversation) {
		conversations.end(request);
		if (request.attachment() != null) {
			return intake.receive(request, request.official());
		}
		var facts = DocumentFactsParser.parse(request.text());
		if (facts.empty()) {
			return texts.stream().map(h -> h.handle(request)).flatMap(java.util.Optional::stream).findFirst()
				.orElseGet(() -> Reply.text("telegram.text.unknown"));
		}
		return describing.describe(request, Long.parseLong(conversation.data()), facts);
	}
}
