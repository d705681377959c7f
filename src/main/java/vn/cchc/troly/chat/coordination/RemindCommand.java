package vn.cchc.troly.chat.coordination;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Access;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Lines;
import vn.cchc.troly.chat.Phrase;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ChatCommand;
import vn.cchc.troly.chat.internal.PlainTexts;
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
	private final PlainTexts plain;

	RemindCommand(Reminders reminders, PlainTexts plain) {
		this.reminders = reminders;
		this.plain = plain;
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
		var lines = new ArrayList<Phrase>();
		if (!run.sent().isEmpty()) {
			lines.add(Phrase.of("chat.remind.sent", run.sent().size()));
			for (var sent : run.sent()) {
				var what = sent.kind() == ReminderKind.DEADLINE
						? plain.plain("chat.remind.kind.DEADLINE", List.of(sent.daysBefore()), locale)
						: plain.plain("chat.remind.kind." + sent.kind().name(), List.of(), locale);
				lines.add(Phrase.of("chat.remind.line", sent.name(), String.join(", ", sent.itemCodes()), what));
			}
		}
		if (!run.skipped().isEmpty()) {
			lines.add(Phrase.of("chat.remind.skipped", run.skipped().size()));
			for (var skipped : run.skipped()) {
				lines.add(Phrase.of("chat.remind.line", skipped.name(), String.join(", ", skipped.itemCodes()),
						reason(skipped.reason(), locale)));
			}
		}
		return Reply.text("chat.remind.done", Lines.of(lines));
	}

	private String reason(ReminderRun.Reason reason, Locale locale) {
		return plain.plain("chat.remind.reason." + reason.name(), List.of(), locale);
	}
}
