package vn.cchc.troly.telegram;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.cchc.troly.TroLyCchcApplication;
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

	private final ItemTexts texts;
	private final HistoryLines historyLines;
	private final ReplyRenderer renderer;

	ItemDetailView(ItemTexts texts, HistoryLines historyLines, ReplyRenderer renderer) {
		this.texts = texts;
		this.historyLines = historyLines;
		this.renderer = renderer;
	}

	Reply of(ItemDetail detail, Locale locale) {
		var situation = detail.situation();
		var item = situation.item();
		var target = item.target().text() == null || item.target().text().isBlank() ? texts.target(item.target(), locale)
				: item.target().text().strip();
		var baseline = item.baseline() == null || item.baseline().text() == null ? "—" : item.baseline().text().strip();
		return Reply.text("chat.status.item", item.code(), item.title().strip(), texts.status(situation.status(), locale),
				target, baseline, lead(detail, locale), coordinating(detail), deadline(detail, locale),
				new SafeHtml(latest(situation, locale)), detail.evidenceCount(), new SafeHtml(reports(detail, locale)));
	}

	private String lead(ItemDetail detail, Locale locale) {
		var position = detail.leadPosition() == null ? "—" : detail.leadPosition();
		return detail.leads().isEmpty() ? renderer.plain("chat.status.item.lead.nobody", List.of(position), locale)
				: renderer.plain("chat.status.item.lead", List.of(position, String.join(", ", detail.leads())), locale);
	}

	private static String coordinating(ItemDetail detail) {
		if (!detail.coordinating().isEmpty()) {
			return String.join("; ", detail.coordinating());
		}
		var text = detail.situation().item().coordinatingText();
		return text == null || text.isBlank() ? "—" : text.strip();
	}

	/** "30/09/2024 (còn 108 ngày), do điều phối đặt". */
	private String deadline(ItemDetail detail, Locale locale) {
		var status = detail.situation().status();
		if (status.deadline() == null) {
			return "—";
		}
		var days = status.daysLeft();
		var left = days == null ? "" : days > 0 ? renderer.plain("chat.items.days.left", List.of(days), locale)
				: days == 0 ? renderer.plain("chat.items.days.today", List.of(), locale)
						: renderer.plain("chat.items.days.over", List.of(-days), locale);
		return renderer.plain(detail.deadlineSet() ? "chat.status.item.deadline.set" : "chat.status.item.deadline.implied",
				List.of(texts.date(status.deadline()), left), locale);
	}

	/** The latest figure (and last year's) or note, as HTML lines. */
	private String latest(Situation situation, Locale locale) {
		var lines = new ArrayList<String>();
		if (situation.latest() != null) {
			lines.add(renderer.html("chat.status.item.figure",
					List.of(texts.figure(situation.latest(), locale), texts.date(day(situation))), locale));
		}
		if (situation.lastYear() != null) {
			lines.add(renderer.html("chat.status.item.lastYear", List.of(texts.figure(situation.lastYear(), locale)),
					locale));
		}
		if (situation.latestNote() != null && !situation.latestNote().isBlank()) {
			lines.add(renderer.html("chat.status.item.note", List.of(ItemTexts.shorten(situation.latestNote(), NOTE_SHOWN)),
					locale));
		}
		if (lines.isEmpty()) {
			lines.add(renderer.html("chat.status.item.nothingYet", List.of(), locale));
		}
		return String.join("\n", lines);
	}

	private static LocalDate day(Situation situation) {
		return situation.latestAt() == null ? null : LocalDate.ofInstant(situation.latestAt(), TroLyCchcApplication.ZONE);
	}

	private String reports(ItemDetail detail, Locale locale) {
		if (detail.reports().isEmpty()) {
			return renderer.html("chat.status.item.noReports", List.of(), locale);
		}
		var lines = new ArrayList<String>();
		detail.reports().stream().limit(REPORTS_SHOWN).forEach(entry -> lines.add(historyLines.line(entry, locale)));
		if (detail.reports().size() > REPORTS_SHOWN) {
			lines.add(renderer.html("chat.status.item.moreReports",
					List.of(detail.reports().size() - REPORTS_SHOWN, detail.situation().item().code()), locale));
		}
		return String.join("\n", lines);
	}
}
