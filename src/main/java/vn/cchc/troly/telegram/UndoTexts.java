package vn.cchc.troly.telegram;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.cchc.troly.TroLyCchcApplication;
import vn.cchc.troly.progress.ProgressSettings;
import vn.cchc.troly.progress.ReportKind;
import vn.cchc.troly.progress.UndoOutcome;

/** How an undo reads, the same after /hoantac and after the undo button. */
@Component
class UndoTexts {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
		.withZone(TroLyCchcApplication.ZONE);

	private final ItemTexts texts;
	private final ReplyRenderer renderer;
	private final ProgressSettings settings;

	UndoTexts(ItemTexts texts, ReplyRenderer renderer, ProgressSettings settings) {
		this.texts = texts;
		this.renderer = renderer;
		this.settings = settings;
	}

	/** The key "chat.undo.done" with its arguments: what was undone, when it was sent, the status now. */
	Object[] done(UndoOutcome.Undone undone, Locale locale) {
		var what = undone.kind() == ReportKind.FIGURE
				? renderer.plain("chat.undo.what.FIGURE", List.of(texts.figure(undone.figure(), locale)), locale)
				: renderer.plain("chat.undo.what.NOTE",
						List.of(ItemTexts.shorten(undone.note() == null ? "" : undone.note(), 60)), locale);
		return new Object[] { what, undone.item().code(), TIME.format(undone.reportedAt()),
				texts.status(undone.status(), locale) };
	}

	/** The undo window in whole minutes, for the refusals. */
	long windowMinutes() {
		return settings.undoWindow().toMinutes();
	}
}
