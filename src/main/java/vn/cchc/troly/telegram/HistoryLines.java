package vn.cchc.troly.telegram;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.cchc.troly.TroLyCchcApplication;
import vn.cchc.troly.progress.HistoryEntry;
import vn.cchc.troly.progress.ReportKind;

/**
 * One report of an item's history as a line of HTML ("02/11/2024 08:30 · Quế · 49/50 (98%)"),
 * undone ones struck through; worded one way in /lichsu and /tinhhinh &lt;mã&gt;.
 */
@Component
class HistoryLines {

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
		.withZone(TroLyCchcApplication.ZONE);
	private static final int NOTE_SHOWN = 100;

	private final ItemTexts texts;
	private final ReplyRenderer renderer;

	HistoryLines(ItemTexts texts, ReplyRenderer renderer) {
		this.texts = texts;
		this.renderer = renderer;
	}

	String line(HistoryEntry entry, Locale locale) {
		var key = entry.undone() ? "chat.history.entry.undone" : "chat.history.entry";
		return renderer.html(key, List.of(WHEN.format(entry.reportedAt()), entry.officialName(), content(entry, locale)),
				locale);
	}

	/** The figure or the note, in plain text (escaped by the line's template). */
	private String content(HistoryEntry entry, Locale locale) {
		if (entry.kind() == ReportKind.FIGURE) {
			var figure = texts.figure(entry.figure(), locale);
			return entry.lastYear() ? renderer.plain("chat.history.lastYear", List.of(figure), locale) : figure;
		}
		var note = ItemTexts.shorten(entry.note() == null ? "" : entry.note(), NOTE_SHOWN);
		return entry.done() ? renderer.plain("chat.history.done", List.of(note), locale)
				: renderer.plain("chat.history.note", List.of(note), locale);
	}
}
