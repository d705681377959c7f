package vn.cchc.troly.chat.reporting;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.Conversations;
import vn.cchc.troly.people.Official;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.progress.EvidenceTypes;

/**
 * A photo or file from an official: stored at once when its caption starts with an item code of the
 * plan ("2.2 biên bản tháng 11"); otherwise kept in the conversation while the official picks the
 * item from buttons ("ev:2.2") or types its code.
 */
@Component
class EvidenceIntake {

	private final Reporter reporter;
	private final ReportPrompts prompts;
	private final Conversations conversations;
	private final PlanItems planItems;

	EvidenceIntake(Reporter reporter, ReportPrompts prompts, Conversations conversations, PlanItems planItems) {
		this.reporter = reporter;
		this.prompts = prompts;
		this.conversations = conversations;
		this.planItems = planItems;
	}

	Reply receive(ChatRequest request, Official official) {
		var file = EvidenceFile.of(request.attachment());
		// Refused before anything is asked: a file that cannot be evidence waits for no item.
		if (!EvidenceTypes.accepts(file.kind(), file.fileName(), file.mimeType())) {
			return Reply.text("chat.evidence.typeRefused", file.fileName() == null ? "" : file.fileName());
		}
		var named = ReportInput.captionCode(file.caption()).filter(code -> planItems.byCode(code).isPresent());
		if (named.isPresent()) {
			return reporter.evidence(request, official, named.get(), file).reply();
		}
		var picker = prompts.pick(official, "chat.evidence.pick", EvidenceItemButton.PREFIX, my -> true);
		if (picker == null) {
			return Reply.text("chat.evidence.noItems");
		}
		conversations.start(request, ReportPrompts.EVIDENCE_TOPIC, file.toJson(), ReportPrompts.WAIT);
		return picker;
	}
}
