package vn.cchc.troly.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.report.ReminderKind;
import vn.cchc.troly.report.ReminderRun;
import vn.cchc.troly.report.Reminders;

/**
 * /nhacviec (/remind), for the coordinator: sends this week's reminders now, and any deadline
 * notice due, each still once; says who was reminded and who was passed over, and why.
 */
@Component
@Order(620)
class RemindCommand implements ChatCommand {

	private final Reminders reminders;
	private final ReplyRenderer renderer;

	RemindCommand(Reminders reminders, ReplyRenderer renderer) {
		this.reminders = reminders;
		this.renderer = renderer;
	}

	@Override
	public String name() {
		return "nhacviec";
	}

	@Override
	public String alias() {
		return "remind";
	}

	@Override
	public String descriptionKey() {
		return "chat.remind.command";
	}

	@Override
	public Access access() {
		return Access.COORDINATOR;
	}

	@Override
	public Reply handle(ChatRequest request) {
		var run = reminders.sendNow();
		if (run.sent().isEmpty() && run.skipped().isEmpty()) {
			return Reply.text("chat.remind.nobody");
		}
		var locale = request.locale();
		var lines = new ArrayList<String>();
		if (!run.sent().isEmpty()) {
			lines.add(renderer.html("chat.remind.sent", List.of(run.sent().size()), locale));
			for (var sent : run.sent()) {
				var what = sent.kind() == ReminderKind.DEADLINE
						? renderer.plain("chat.remind.kind.DEADLINE", List.of(sent.daysBefore()), locale)
						: renderer.plain("chat.remind.kind." + sent.kind().name(), List.of(), locale);
				lines.add(renderer.html("chat.remind.line", List.of(sent.name(), String.join(", ", sent.itemCodes()), what),
						locale));
			}
		}
		if (!run.skipped().isEmpty()) {
			lines.add(renderer.html("chat.remind.skipped", List.of(run.skipped().size()), locale));
			for (var skipped : run.skipped()) {
				lines.add(renderer.html("chat.remind.line", List.of(skipped.name(),
						String.join(", ", skipped.itemCodes()), reason(skipped.reason(), locale)), locale));
			}
		}
		return Reply.text("chat.remind.done", new SafeHtml(String.join("\n", lines)));
	}

	private String reason(ReminderRun.Reason reason, Locale locale) {
		return renderer.plain("chat.remind.reason." + reason.name(), List.of(), locale);
	}
}
