package vn.cchc.troly.chat.reporting;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.chat.internal.PlainTexts;
import vn.cchc.troly.progress.ProgressSettings;
import vn.cchc.troly.progress.ReportKind;
import vn.cchc.troly.progress.UndoOutcome;

/** How an undo reads, the same after /hoantac and after the undo button. */
@Component
class UndoTexts {

	private final DateTimeFormatter time;
	private final ItemTexts texts;
	private final PlainTexts plain;
	private final ProgressSettings settings;

	UndoTexts(ItemTexts texts, PlainTexts plain, ProgressSettings settings, Clock clock) {
		this.texts = texts;
		this.plain = plain;
		this.settings = settings;
		this.time = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(clock.getZone());
	}

	/** The key "chat.undo.done" with its arguments: what was undone, when it was sent, the status now. */
	Object[] done(UndoOutcome.Undone undone, Locale locale) {
		var what = undone.kind() == ReportKind.NOTE
				? plain.plain("chat.undo.what.NOTE",
						List.of(ItemTexts.shorten(undone.note() == null ? "" : undone.note(), 60)), locale)
				: plain.plain("chat.undo.what." + undone.kind().name(), List.of(texts.figure(undone.figure(), locale)),
						locale);
		return new Object[] { what, undone.item().code(), time.format(undone.reportedAt()),
				texts.status(undone.status(), locale) };
	}

	/** The undo window in whole minutes, for the refusals. */
	long windowMinutes() {
		return settings.undoWindow().toMinutes();
	}
}
