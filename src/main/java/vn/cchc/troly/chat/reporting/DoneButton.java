package vn.cchc.troly.chat.reporting;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.CallbackHandler;
import vn.cchc.troly.chat.internal.Conversations;

/**
 * "done:1" / "done:0": the answer to "is this work done?" after a note on a qualitative item;
 * records the waiting note as done or in progress.
 */
@Component
class DoneButton implements CallbackHandler {

	static final String PREFIX = "done:";
	static final String DONE = PREFIX + "1";
	static final String IN_PROGRESS = PREFIX + "0";

	private final Conversations conversations;
	private final Reporter reporter;

	DoneButton(Conversations conversations, Reporter reporter) {
		this.conversations = conversations;
		this.reporter = reporter;
	}

	@Override
	public String prefix() {
		return PREFIX;
	}

	@Override
	public Reply handle(ChatRequest request) {
		var pending = conversations.current(request).filter(c -> c.topic().equals(ReportPrompts.DONE_TOPIC));
		if (pending.isEmpty()) {
			return Reply.alert("chat.note.expired");
		}
		var official = request.official();
		var note = PendingNote.parse(pending.get().data());
		var reported = reporter.note(request, official, note.code(), note.text(),
				DONE.equals(request.callbackData()), false);
		conversations.end(request);
		return ReportTexts.asEdit(reported.reply());
	}
}
