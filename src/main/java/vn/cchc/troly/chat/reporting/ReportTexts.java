package vn.cchc.troly.chat.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Button;
import vn.cchc.troly.chat.Lines;
import vn.cchc.troly.chat.Phrase;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.chat.internal.PlainTexts;
import vn.cchc.troly.plan.PlanItem;
import vn.cchc.troly.plan.Target;
import vn.cchc.troly.plan.TargetKind;
import vn.cchc.troly.progress.Figure;
import vn.cchc.troly.progress.FigureBy;
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

	private final PlainTexts plain;
	private final ItemTexts items;
	private final ProgressSettings settings;

	ReportTexts(PlainTexts plain, ItemTexts items, ProgressSettings settings) {
		this.plain = plain;
		this.items = items;
		this.settings = settings;
	}

	Reply figureRecorded(FigureOutcome.Recorded recorded, Locale locale) {
		var item = recorded.item();
		var extra = new ArrayList<Phrase>();
		var percent = item.target().kind() == TargetKind.PERCENT;
		if (recorded.previous() == null) {
			extra.add(Phrase.of(recorded.lastYear() ? "chat.figure.firstLastYear" : "chat.figure.first"));
		}
		else {
			extra.add(Phrase.of(percent ? "chat.figure.changePoints" : "chat.figure.change", signed(recorded.change(), locale),
					items.figure(recorded.previous(), locale)));
		}
		if (recorded.status().progress() != null && !recorded.lastYear()) {
			extra.add(Phrase.of("chat.figure.progress", plain("progress.status.progress", locale, recorded.status().progress())));
		}
		if (!recorded.toldLeads().isEmpty()) {
			extra.add(Phrase.of("chat.figure.toldLeads", String.join(", ", recorded.toldLeads())));
		}
		extra.add(undoHint());
		return Reply.text(recorded.lastYear() ? "chat.figure.recordedLastYear" : "chat.figure.recorded",
				items.figure(recorded.figure(), locale), item.code(), items.shortTitle(item),
				items.target(recorded.target(), locale), status(recorded.status(), item.target(), locale), lines(extra))
			.withButtons(undoButton(recorded.reportId()));
	}

	/** A coordinating official's figure: sent to the lead to confirm, not counted yet; the figure that counts meanwhile. */
	Reply figureProposed(FigureOutcome.Proposed proposed, Locale locale) {
		var item = proposed.item();
		var deciders = proposed.deciders().isEmpty() ? plain("chat.figure.proposed.nobody", locale)
				: String.join(", ", proposed.deciders());
		return Reply.text(proposed.lastYear() ? "chat.figure.proposedLastYear" : "chat.figure.proposed",
				items.figure(proposed.figure(), locale), item.code(), items.shortTitle(item), deciders,
				counted(proposed.counted(), proposed.countedBy(), locale), status(proposed.status(), item.target(), locale),
				lines(List.of(undoHint())))
			.withButtons(undoButton(proposed.reportId()));
	}

	/** "97,5% (Trần Thị Mai)", "90% (đề xuất của Lê Văn Nam, Trần Thị Mai xác nhận)", or "chưa có". */
	String counted(Figure figure, FigureBy by, Locale locale) {
		if (figure == null) {
			return plain("chat.figure.countedNone", locale);
		}
		var whose = whose(by, locale);
		return whose.isEmpty() ? items.figure(figure, locale)
				: plain("chat.figure.counted", locale, items.figure(figure, locale), whose);
	}

	/** Whose figure: who recorded it, or "đề xuất của Lê Văn Nam, Trần Thị Mai xác nhận". */
	String whose(FigureBy by, Locale locale) {
		return items.whose(by, locale);
	}

	Reply noteRecorded(NoteOutcome.Recorded recorded, Locale locale) {
		var item = recorded.item();
		var qualitative = item.target().kind() == TargetKind.QUALITATIVE;
		var extra = new ArrayList<Phrase>();
		if (qualitative && !recorded.done()) {
			extra.add(Phrase.of("chat.note.whenDone", item.code()));
		}
		extra.add(undoHint());
		return Reply.text(qualitative && recorded.done() ? "chat.note.recordedDone" : "chat.note.recorded", item.code(),
				items.shortTitle(item), recorded.note(), status(recorded.status(), item.target(), locale), lines(extra))
			.withButtons(undoButton(recorded.reportId()));
	}

	/** Why nothing was stored, with what to type instead. */
	Reply refused(Refused refused, String code, PlanItem item, boolean retry) {
		var lines = new ArrayList<Phrase>();
		lines.add(Phrase.of("progress.refused." + refused.reason().name(), code, ProgressManagement.NOTE_LIMIT));
		switch (refused.reason()) {
			case BAD_FIGURE -> {
				var problem = refused.figureProblem();
				lines.add(Phrase.of("progress.figure." + problem.name()));
				// This text carries its own example (a fraction is only ever a percentage).
				if (problem != FigureProblem.BAD_FRACTION) {
					// Asked for the value: the value alone; otherwise the whole command, for this item's kind.
					lines.add(retry ? figureExample(item) : commandExample(item, code));
				}
			}
			case UNKNOWN_ITEM -> lines.add(Phrase.of("chat.report.unknownItemHint"));
			case FIGURE_NOT_EXPECTED, EMPTY_NOTE, NOTE_TOO_LONG -> lines.add(Phrase.of("chat.note.example", code));
			default -> {
			}
		}
		lines.add(Phrase.of(retry ? "chat.report.retry" : "chat.report.notStored"));
		return Reply.text("chat.report.refused", Lines.of(lines));
	}

	/** "Ví dụ: 97,5 hoặc 49/50 …", the value alone, for the item's kind of target. */
	Phrase figureExample(PlanItem item) {
		var kind = item == null ? TargetKind.PERCENT : item.target().kind();
		var code = item == null ? "2.2" : item.code();
		return Phrase.of("chat.figure.example." + kind.name(), code);
	}

	/** "Ví dụ: /so 1.1 3 …", the whole command, for the item's kind of target. */
	Phrase commandExample(PlanItem item, String code) {
		var kind = item == null ? TargetKind.PERCENT : item.target().kind();
		return Phrase.of("chat.figure.exampleCommand." + kind.name(), item == null ? code : item.code());
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
		return List.of(Button.row(Button.of("chat.report.button.undo", UndoButton.PREFIX + reportId)));
	}

	private Phrase undoHint() {
		return Phrase.of("chat.report.undoHint", settings.undoWindow().toMinutes());
	}

	/** "+1,5", "-0,5", "0". */
	private static String signed(BigDecimal change, Locale locale) {
		var amount = FigureFormat.number(change.abs(), locale);
		return change.signum() > 0 ? "+" + amount : change.signum() < 0 ? "-" + amount : amount;
	}

	/** The lines after a blank line break: they follow the template's last line. */
	private static Lines lines(List<Phrase> lines) {
		if (lines.isEmpty()) {
			return Lines.of(List.of());
		}
		var all = new ArrayList<Object>();
		all.add("");
		all.addAll(lines);
		return Lines.of(all);
	}

	private String plain(String key, Locale locale, Object... args) {
		return plain.plain(key, List.of(args), locale);
	}
}
