package vn.cchc.troly.chat.reporting;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ChatCommand;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.plan.TargetKind;
import vn.cchc.troly.progress.RefusalReason;
import vn.cchc.troly.progress.Refused;

/**
 * /so (/figure) 2.2 97,5: records a figure. Without a figure it asks for one; without an item it
 * shows the official's measured items as buttons. Private chats only.
 */
@Component
@Order(200)
class FigureCommand implements ChatCommand {

	private final Reporter reporter;
	private final ReportPrompts prompts;
	private final ReportTexts texts;
	private final PlanItems planItems;

	FigureCommand(Reporter reporter, ReportPrompts prompts, ReportTexts texts, PlanItems planItems) {
		this.reporter = reporter;
		this.prompts = prompts;
		this.texts = texts;
		this.planItems = planItems;
	}

	@Override
	public String name() {
		return "so";
	}

	@Override
	public String alias() {
		return "figure";
	}

	@Override
	public String descriptionKey() {
		return "chat.report.command.figure";
	}

	@Override
	public Reply handle(ChatRequest request) {
		var official = request.official();
		if (request.argument().isEmpty()) {
			var picker = prompts.pick(official, "chat.report.pick.figure", ReportItemButton.PREFIX,
					my -> my.target().kind() != TargetKind.QUALITATIVE);
			return picker != null ? picker : Reply.text("chat.figure.usage");
		}
		var input = ReportInput.argument(request.argument());
		if (input.rest().isEmpty()) {
			return planItems.byCode(input.code()).map(item -> prompts.ask(request, item, false))
				.orElseGet(() -> texts.refused(new Refused(RefusalReason.UNKNOWN_ITEM, null), input.code(), null, false));
		}
		return reporter.figure(request, official, input.code(), input.rest(), false).reply();
	}
}
