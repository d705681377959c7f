package vn.cchc.troly.chat.reporting;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ChatCommand;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.progress.RefusalReason;
import vn.cchc.troly.progress.Refused;

/**
 * /capnhat (/note) 1.2 nội dung [#xong]: records a progress note; "#xong" at the end marks a
 * qualitative item done. Without a note it asks for one; without an item it shows the official's
 * items as buttons. Private chats only.
 */
@Component
@Order(210)
class NoteCommand implements ChatCommand {

	private final Reporter reporter;
	private final ReportPrompts prompts;
	private final ReportTexts texts;
	private final PlanItems planItems;

	NoteCommand(Reporter reporter, ReportPrompts prompts, ReportTexts texts, PlanItems planItems) {
		this.reporter = reporter;
		this.prompts = prompts;
		this.texts = texts;
		this.planItems = planItems;
	}

	@Override
	public String name() {
		return "capnhat";
	}

	@Override
	public String alias() {
		return "note";
	}

	@Override
	public String descriptionKey() {
		return "chat.report.command.note";
	}

	@Override
	public Reply handle(ChatRequest request) {
		var official = request.official();
		if (request.argument().isEmpty()) {
			var picker = prompts.pick(official, "chat.report.pick.note", NoteItemButton.PREFIX, my -> true);
			return picker != null ? picker : Reply.text("chat.note.usage");
		}
		var input = ReportInput.argument(request.argument());
		if (input.rest().isEmpty()) {
			return planItems.byCode(input.code()).map(item -> prompts.ask(request, item, true))
				.orElseGet(() -> texts.refused(new Refused(RefusalReason.UNKNOWN_ITEM, null), input.code(), null, false));
		}
		return reporter.note(request, official, input.code(), input.rest(), false).reply();
	}
}
