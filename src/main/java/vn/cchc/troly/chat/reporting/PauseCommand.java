package vn.cchc.troly.chat.reporting;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ChatCommand;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.report.Reminders;

/** /tamdung (/pause): no reminders for a week ({@code troly.report.mute-for}); says until when. */
@Component
@Order(450)
class PauseCommand implements ChatCommand {

	private final Reminders reminders;
	private final ItemTexts texts;

	PauseCommand(Reminders reminders, ItemTexts texts) {
		this.reminders = reminders;
		this.texts = texts;
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
		var official = request.official();
		var until = reminders.mute(official.officialId())
			.orElseThrow(() -> new IllegalStateException("official " + official.id() + " could not be muted"));
		return Reply.text("chat.pause.done", texts.when(until));
	}
}
