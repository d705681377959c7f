package vn.cchc.troly.telegram;

import org.springframework.stereotype.Component;

import vn.cchc.troly.progress.ProgressManagement;
import vn.cchc.troly.progress.RefusalReason;
import vn.cchc.troly.progress.Refused;
import vn.cchc.troly.progress.UndoOutcome;

/**
 * The "undo" button under a report's confirmation, data {@code undo:<reportId>}. It undoes only
 * the presser's own latest report, within the window; forged, stale or replayed data changes
 * nothing and says so. On success the confirmation is edited to show the undo.
 */
@Component
class UndoButton implements CallbackHandler {

	static final String PREFIX = "undo:";

	private final ProgressManagement progress;
	private final Callers callers;
	private final UndoTexts texts;

	UndoButton(ProgressManagement progress, Callers callers, UndoTexts texts) {
		this.progress = progress;
		this.callers = callers;
		this.texts = texts;
	}

	@Override
	public String prefix() {
		return PREFIX;
	}

	@Override
	public Reply handle(ChatRequest request) {
		long reportId;
		try {
			reportId = Long.parseLong(request.callbackData().substring(PREFIX.length()));
		}
		catch (NumberFormatException e) {
			return Reply.alert("chat.undo.button.stale");
		}
		var outcome = progress.undo(callers.registered(request).id(), reportId);
		if (outcome instanceof UndoOutcome.Undone undone) {
			return Reply.edit("chat.undo.done", texts.done(undone, request.locale()))
				.and(Reply.answer("chat.undo.button.done"));
		}
		return ((Refused) outcome).reason() == RefusalReason.UNDO_WINDOW_PASSED
				? Reply.alert("chat.undo.button.late", texts.windowMinutes())
				: Reply.alert("chat.undo.button.stale");
	}
}
