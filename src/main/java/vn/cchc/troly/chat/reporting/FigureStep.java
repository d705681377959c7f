package vn.cchc.troly.chat.reporting;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.Conversation;
import vn.cchc.troly.chat.internal.ConversationStep;
import vn.cchc.troly.chat.internal.Conversations;
import vn.cchc.troly.plan.PlanItems;

/**
 * The figure typed after an item was picked. A figure that cannot be taken is explained and the
 * step stays, so the user can type it again (or /huy); text that is no figure at all is offered as a
 * note of the item (nothing typed is lost); a photo or file sent meanwhile is stored as evidence of
 * the same item.
 */
@Component
class FigureStep implements ConversationStep {

	private final Conversations conversations;
	private final Reporter reporter;
	private final Offers offers;
	private final PlanItems planItems;

	FigureStep(Conversations conversations, Reporter reporter, Offers offers, PlanItems planItems) {
		this.conversations = conversations;
		this.reporter = reporter;
		this.offers = offers;
		this.planItems = planItems;
	}

	@Override
	public String topic() {
		return ReportPrompts.FIGURE_TOPIC;
	}

	@Override
	public Reply handle(ChatRequest request, Conversation conversation) {
		var official = request.official();
		var code = conversation.data();
		if (request.attachment() != null) {
			return reporter.evidence(request, official, code, EvidenceFile.of(request.attachment())).reply();
		}
		var item = planItems.byCode(code);
		if (item.isPresent() && !ReportInput.looksLikeFigure(request.text())) {
			return offers.note(request, item.get(), request.text(), null);
		}
		var reported = reporter.figure(request, official, code, request.text(), true);
		if (reported.stored()) {
			conversations.end(request);
		}
		return reported.reply();
	}
}
