package vn.cchc.troly.chat.reporting;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.Conversation;
import vn.cchc.troly.chat.internal.ConversationStep;
import vn.cchc.troly.chat.internal.Conversations;
import vn.cchc.troly.plan.PlanItems;

/**
 * While a file waits for its item: a typed item code ("2.2") picks it as the buttons do; another
 * photo or file is taken like the first; other text gets a reminder.
 */
@Component
class EvidenceStep implements ConversationStep {

	private final Conversations conversations;
	private final Reporter reporter;
	private final EvidenceIntake intake;
	private final PlanItems planItems;

	EvidenceStep(Conversations conversations, Reporter reporter, EvidenceIntake intake, PlanItems planItems) {
		this.conversations = conversations;
		this.reporter = reporter;
		this.intake = intake;
		this.planItems = planItems;
	}

	@Override
	public String topic() {
		return ReportPrompts.EVIDENCE_TOPIC;
	}

	@Override
	public Reply handle(ChatRequest request, Conversation conversation) {
		var official = request.official();
		if (request.attachment() != null) {
			return intake.receive(request, official);
		}
		var code = ReportInput.captionCode(request.text()).filter(c -> planItems.byCode(c).isPresent());
		if (code.isEmpty()) {
			return Reply.text("chat.evidence.pickHint");
		}
		var reported = reporter.evidence(request, official, code.get(), EvidenceFile.fromJson(conversation.data()));
		if (reported.stored()) {
			conversations.end(request);
		}
		return reported.reply();
	}
}
