package vn.cchc.troly.telegram;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.cchc.troly.plan.PlanItem;
import vn.cchc.troly.plan.Target;
import vn.cchc.troly.plan.TargetKind;
import vn.cchc.troly.progress.EvidenceOutcome;
import vn.cchc.troly.progress.FigureFormat;
import vn.cchc.troly.progress.FigureOutcome;
import vn.cchc.troly.progress.FigureProblem;
import vn.cchc.troly.progress.ItemStatus;
import vn.cchc.troly.progress.NoteOutcome;
import vn.cchc.troly.progress.ProgressManagement;
import vn.cchc.troly.progress.ProgressSettings;
import vn.cchc.troly.progress.Refused;

/**
 * The replies to a report, worded one way whichever way it came (command, buttons, plain text):
 * the confirmation with the item's new status and an undo button, or why nothing was stored with
 * an example of the right form.
 */
@Component
class ReportTexts {

	private final ReplyRenderer renderer;
	private final ItemTexts items;
	private final ProgressSettings settings;

	ReportTexts(ReplyRenderer renderer, ItemTexts items, ProgressSettings settings) {
		this.renderer = renderer;
		this.items = items;
		this.settings = settings;
	}

	Reply figureRecorded(FigureOutcome.Recorded recorded, Locale locale) {
		var item = recorded.item();
		var extra = new ArrayList<String>();
		var percent = item.target().kind() == TargetKind.PERCENT;
		if (recorded.previous() == null) {
			extra.add(html(recorded.lastYear() ? "chat.figure.firstLastYear" : "chat.figure.first", locale));
		}
		else {
			extra.add(html(percent ? "chat.figure.changePoints" : "chat.figure.change", locale, signed(recorded.change(), locale),
					items.figure(recorded.previous(), locale)));
		}
		if (recorded.status().progress() != null && !recorded.lastYear()) {
			extra.add(html("chat.figure.progress", locale,
					plain("progress.status.progress", locale, recorded.status().progress())));
		}
		extra.add(undoHint(locale));
		return Reply.text(recorded.lastYear() ? "chat.figure.recordedLastYear" : "chat.figure.recorded",
				items.figure(recorded.figure(), locale), item.code(), items.shortTitle(item),
				items.target(recorded.target(), locale), status(recorded.status(), item.target(), locale), lines(extra))
			.withButtons(undoButton(recorded.reportId()));
	}

	Reply noteRecorded(NoteOutcome.Recorded recorded, Locale locale) {
		var item = recorded.item();
		var qualitative = item.target().kind() == TargetKind.QUALITATIVE;
		var extra = new ArrayList<String>();
		if (qualitative && !recorded.done()) {
			extra.add(html("chat.note.whenDone", locale, item.code()));
		}
		extra.add(undoHint(locale));
		return Reply.text(qualitative && recorded.done() ? "chat.note.recordedDone" : "chat.note.recorded", item.code(),
				items.shortTitle(item), recorded.note(), status(recorded.status(), item.target(), locale), lines(extra))
			.withButtons(undoButton(recorded.reportId()));
	}

	Reply evidenceRecorded(EvidenceOutcome.Recorded recorded) {
		return Reply.text("chat.evidence.recorded", recorded.item().code(), items.shortTitle(recorded.item()));
	}

	/** Why nothing was stored, with what to type instead. */
	Reply refused(Refused refused, String code, PlanItem item, Locale locale, boolean retry) {
		var lines = new ArrayList<String>();
		lines.add(html("progress.refused." + refused.reason().name(), locale, code, ProgressManagement.NOTE_LIMIT));
		switch (refused.reason()) {
			case BAD_FIGURE -> {
				var problem = refused.figureProblem();
				lines.add(html("progress.figure." + problem.name(), locale));
				// These texts carry their own example.
				if (problem != FigureProblem.EMPTY && problem != FigureProblem.NOT_A_NUMBER
						&& problem != FigureProblem.BAD_FRACTION) {
					lines.add(figureExample(item, locale));
				}
			}
			case UNKNOWN_ITEM -> lines.add(html("chat.report.unknownItemHint", locale));
			case FIGURE_NOT_EXPECTED, EMPTY_NOTE, NOTE_TOO_LONG -> lines.add(html("chat.note.example", locale, code));
			default -> {
			}
		}
		lines.add(html(retry ? "chat.report.retry" : "chat.report.notStored", locale));
		return Reply.text("chat.report.refused", new SafeHtml(String.join("\n", lines)));
	}

	/** "Ví dụ: /so 2.2 97,5 …" for the item's kind of target. */
	String figureExample(PlanItem item, Locale locale) {
		var kind = item == null ? TargetKind.PERCENT : item.target().kind();
		var code = item == null ? "2.2" : item.code();
		return html("chat.figure.example." + kind.name(), locale, code);
	}

	/** "🟡 Gần đạt — còn thiếu 0,5 điểm". */
	String status(ItemStatus status, Target target, Locale locale) {
		var text = items.status(status, locale);
		var gap = status.gap();
		if (gap == null || status.status() == ItemStatus.Status.NO_DATA) {
			return text;
		}
		var amount = FigureFormat.number(gap, locale);
		String key;
		if (target.kind() == TargetKind.INCREASE) {
			key = "chat.figure.gap.increase";
		}
		else if (target.comparator() != null && target.comparator().lowerIsBetter()) {
			key = target.kind() == TargetKind.PERCENT ? "chat.figure.gap.pointsOver" : "chat.figure.gap.over";
		}
		else {
			key = target.kind() == TargetKind.PERCENT ? "progress.status.gap" : "chat.figure.gap.short";
		}
		return text + " — " + plain(key, locale, amount);
	}

	/** The same reply as a new text for the message whose button was pressed. */
	static Reply asEdit(Reply reply) {
		return new Reply(reply.parts().stream()
			.map(part -> part instanceof Reply.Text text ? new Reply.Edit(text.key(), text.args(), text.buttons()) : part)
			.toList(), reply.locale());
	}

	static List<List<Button>> undoButton(long reportId) {
		return List.of(Button.row(Button.of("chat.report.button.undo", "undo:" + reportId)));
	}

	private String undoHint(Locale locale) {
		return html("chat.report.undoHint", locale, settings.undoWindow().toMinutes());
	}

	/** "+1,5", "-0,5", "0". */
	private static String signed(BigDecimal change, Locale locale) {
		var amount = FigureFormat.number(change.abs(), locale);
		return change.signum() > 0 ? "+" + amount : change.signum() < 0 ? "-" + amount : amount;
	}

	private static SafeHtml lines(List<String> lines) {
		return new SafeHtml(lines.isEmpty() ? "" : "\n" + String.join("\n", lines));
	}

	private String html(String key, Locale locale, Object... args) {
		return renderer.html(key, List.of(args), locale);
	}

	private String plain(String key, Locale locale, Object... args) {
		return renderer.plain(key, List.of(args), locale);
	}
}
