package vn.cchc.troly.chat.reporting;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.CallbackHandler;
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
public class UndoButton implements CallbackHandler {

	public static final String PREFIX = "undo:";

	private final ProgressManagement progress;
	private final UndoTexts texts;

	UndoButton(ProgressManagement progress, UndoTexts texts) {
		this.progress = progress;
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
		var outcome = progress.undo(request.official().officialId(), reportId);
		if (outcome instanceof UndoOutcome.Undone undone) {
			return Reply.edit("chat.undo.done", texts.done(undone, request.locale()))
				.and(Reply.answer("chat.undo.button.done"));
		}
		return ((Refused) outcome).reason() == RefusalReason.UNDO_WINDOW_PASSED
				? Reply.alert("chat.undo.button.late", texts.windowMinutes())
				: Reply.alert("chat.undo.button.stale");
	}
}
