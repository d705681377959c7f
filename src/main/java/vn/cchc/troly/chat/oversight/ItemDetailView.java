package vn.cchc.troly.chat.oversight;

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
import vn.cchc.troly.chat.reporting.HistoryLines;
import vn.cchc.troly.plan.PlanItem;
import vn.cchc.troly.progress.Explanations;
import vn.cchc.troly.progress.Situation;
import vn.cchc.troly.report.ItemDetail;

/**
 * One item in full for /tinhhinh &lt;mã&gt;: target, last year's result, who leads and
 * coordinates, deadline (and who set it), latest figure or note, evidence, the last reports.
 */
@Component
class ItemDetailView {

	/** How many of the latest reports are shown; /lichsu shows more. */
	static final int REPORTS_SHOWN = 5;
	private static final int NOTE_SHOWN = 200;
	private static final int EXPLANATIONS_SHOWN = 3;

	private final ItemTexts texts;
	private final HistoryLines historyLines;
	private final PlainTexts plain;
	private final Explanations explanations;
	private final ExplanationTexts explanationTexts;

	ItemDetailView(ItemTexts texts, HistoryLines historyLines, PlainTexts plain, Explanations explanations,
			ExplanationTexts explanationTexts) {
		this.texts = texts;
		this.historyLines = historyLines;
		this.plain = plain;
		this.explanations = explanations;
		this.explanationTexts = explanationTexts;
	}

	/**
	 * The item in full; in a private chat, with the button that asks its lead to explain (a group's
	 * message offers no buttons: leaders there type /giaitrinh).
	 */
	Reply of(ItemDetail detail, Locale locale, boolean offerExplanation) {
		return of(detail, locale,
				offerExplanation ? ExplanationRequestButton.ASK + detail.situation().item().code() : null);
	}

	/** The item in full, with the explanation button of this data (none when null). */
	Reply of(ItemDetail detail, Locale locale, String explanationButton) {
		var reply = of(detail, locale);
		return explanationButton == null ? reply
				: reply.withButtons(List.of(Button.row(Button.of("chat.explain.button.ask", explanationButton))));
	}

	Reply of(ItemDetail detail, Locale locale) {
		var situation = detail.situation();
		var item = situation.item();
		var target = item.target().text() == null || item.target().text().isBlank() ? texts.target(item.target(), locale)
				: item.target().text().strip();
		var baseline = item.baseline() == null || item.baseline().text() == null ? "—" : item.baseline().text().strip();
		return Reply.text("chat.status.item", item.code(), item.title().strip(), texts.status(situation.status(), locale),
				target, baseline, lead(detail, locale), coordinating(detail), deadline(detail, locale),
				latest(situation, locale), detail.evidenceCount(), reports(detail, locale), explanations(item));
	}

	/** The latest requests for an explanation and their answers, after the reports; nothing when none. */
	private Object explanations(PlanItem item) {
		var requests = explanations.ofItem(item);
		if (requests.isEmpty()) {
			return "";
		}
		var lines = new ArrayList<Object>();
		requests.stream().limit(EXPLANATIONS_SHOWN).forEach(x -> lines.add(explanationTexts.line(x)));
		return Phrase.of("chat.status.item.explanations", Lines.of(lines));
	}

	private String lead(ItemDetail detail, Locale locale) {
		var position = detail.leadPosition() == null ? "—" : detail.leadPosition();
		return detail.leads().isEmpty() ? plain.plain("chat.status.item.lead.nobody", List.of(position), locale)
				: plain.plain("chat.status.item.lead", List.of(position, String.join(", ", detail.leads())), locale);
	}

	private static String coordinating(ItemDetail detail) {
		if (!detail.coordinating().isEmpty()) {
			return String.join("; ", detail.coordinating());
		}
		var text = detail.situation().item().coordinatingText();
		return text == null || text.isBlank() ? "—" : text.strip();
	}

	/** "30/09/2024 (còn 108 ngày) · do điều phối đặt", or "· theo kế hoạch, hằng năm". */
	private String deadline(ItemDetail detail, Locale locale) {
		return texts.deadline(detail.situation().item(), detail.situation().status(), locale);
	}

	/** The latest figure (and last year's) or note, one per line. */
	private Lines latest(Situation situation, Locale locale) {
		var lines = new ArrayList<Phrase>();
		if (situation.latest() != null) {
			var whose = texts.whose(situation.latestBy(), locale);
			lines.add(whose.isEmpty()
					? Phrase.of("chat.status.item.figure", texts.figure(situation.latest(), locale),
							texts.date(texts.day(situation.latestAt())))
					: Phrase.of("chat.status.item.figureBy", texts.figure(situation.latest(), locale),
							texts.date(texts.day(situation.latestAt())), whose));
		}
		if (situation.lastYear() != null) {
			lines.add(Phrase.of("chat.status.item.lastYear", texts.figure(situation.lastYear(), locale)));
		}
		if (situation.latestNote() != null && !situation.latestNote().isBlank()) {
			lines.add(Phrase.of("chat.status.item.note", ItemTexts.shorten(situation.latestNote(), NOTE_SHOWN)));
		}
		if (lines.isEmpty()) {
			lines.add(Phrase.of("chat.status.item.nothingYet"));
		}
		return Lines.of(lines);
	}

	private Lines reports(ItemDetail detail, Locale locale) {
		if (detail.reports().isEmpty()) {
			return Lines.of(List.of(Phrase.of("chat.status.item.noReports")));
		}
		var lines = new ArrayList<Phrase>();
		detail.reports().stream().limit(REPORTS_SHOWN).forEach(entry -> lines.add(historyLines.line(entry, locale)));
		if (detail.reports().size() > REPORTS_SHOWN) {
			lines.add(Phrase.of("chat.status.item.moreReports", detail.reports().size() - REPORTS_SHOWN,
					detail.situation().item().code()));
		}
		return Lines.of(lines);
	}
}
