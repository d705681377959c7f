package vn.cchc.troly.chat.reporting;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Phrase;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.chat.internal.PlainTexts;
import vn.cchc.troly.progress.HistoryEntry;
import vn.cchc.troly.progress.ReportKind;

/**
 * One report of an item's history as a line ("02/11/2024 08:30 · Quế · 49/50 (98%)"), undone ones
 * struck through; a proposed figure with its answer ("đề xuất 90% — Trần Thị Mai đã xác nhận"), a
 * confirmed one with its proposer; worded one way in /lichsu and /tinhhinh &lt;mã&gt;.
 */
@Component
public class HistoryLines {

	private static final int NOTE_SHOWN = 100;

	private final ItemTexts texts;
	private final PlainTexts plain;

	HistoryLines(ItemTexts texts, PlainTexts plain) {
		this.texts = texts;
		this.plain = plain;
	}

	public Phrase line(HistoryEntry entry, Locale locale) {
		var key = entry.undone() ? "chat.history.entry.undone" : "chat.history.entry";
		return Phrase.of(key, texts.when(entry.reportedAt()), entry.officialName(), content(entry, locale));
	}

	/** The figure, the proposal or the note, in plain text (made safe by the transport). */
	private String content(HistoryEntry entry, Locale locale) {
		if (entry.kind() == ReportKind.FIGURE || entry.kind() == ReportKind.PROPOSAL) {
			var figure = texts.figure(entry.figure(), locale);
			figure = entry.lastYear() ? plain.plain("chat.history.lastYear", List.of(figure), locale) : figure;
			if (entry.kind() == ReportKind.PROPOSAL) {
				var answer = entry.answer();
				var outcome = answer == null ? plain.plain("chat.history.proposal.pending", List.of(), locale)
						: plain.plain(answer.confirmed() ? "chat.history.proposal.confirmed" : "chat.history.proposal.declined",
								List.of(answer.by()), locale);
				return plain.plain("chat.history.proposal", List.of(figure, outcome), locale);
			}
			return entry.proposedBy() == null ? figure
					: plain.plain("chat.history.confirmed", List.of(figure, entry.proposedBy()), locale);
		}
		var note = ItemTexts.shorten(entry.note() == null ? "" : entry.note(), NOTE_SHOWN);
		return entry.done() ? plain.plain("chat.history.done", List.of(note), locale)
				: plain.plain("chat.history.note", List.of(note), locale);
	}
}
