package vn.cchc.troly.chat.reporting;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ChatCommand;
import vn.cchc.troly.progress.ProgressManagement;
import vn.cchc.troly.progress.RefusalReason;
import vn.cchc.troly.progress.Refused;
import vn.cchc.troly.progress.UndoOutcome;

/** /hoantac (/undo): cancels the official's own last report, within the undo window. */
@Component
@Order(400)
class UndoCommand implements ChatCommand {

	private final ProgressManagement progress;
	private final UndoTexts texts;

	UndoCommand(ProgressManagement progress, UndoTexts texts) {
		this.progress = progress;
		this.texts = texts;
	}

	@Override
	public String name() {
		return "hoantac";
	}

	@Override
	public String alias() {
		return "undo";
	}

	@Override
	public String descriptionKey() {
		return "chat.undo.command";
	}

	@Override
	public Reply handle(ChatRequest request) {
		var outcome = progress.undoLast(request.official().officialId());
		if (outcome instanceof UndoOutcome.Undone undone) {
			return Reply.text("chat.undo.done", texts.done(undone, request.locale()));
		}
		return ((Refused) outcome).reason() == RefusalReason.UNDO_WINDOW_PASSED
				? Reply.text("chat.undo.late", texts.windowMinutes())
				: Reply.text("chat.undo.nothing");
	}
}
