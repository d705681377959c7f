package vn.cchc.troly.telegram;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.report.Reminders;

/** /tamdung (/pause): no reminders for a week ({@code troly.report.mute-for}); says until when. */
@Component
@Order(450)
class PauseCommand implements ChatCommand {

	private final Reminders reminders;
	private final Callers callers;

	PauseCommand(Reminders reminders, Callers callers) {
		this.reminders = reminders;
		this.callers = callers;
	}

	@Override
	public String name() {
		return "tamdung";
	}

	@Override
	public String alias() {
		return "pause";
	}

	@Override
	public String descriptionKey() {
		return "chat.pause.command";
	}

	@Override
	public Reply handle(ChatRequest request) {
		var official = callers.registered(request);
		var until = reminders.mute(official.id())
			.orElseThrow(() -> new IllegalStateException("official " + official.id() + " could not be muted"));
		return Reply.text("chat.pause.done", HistoryLines.WHEN.format(until));
	}
}
