package vn.cchc.troly.chat.reporting;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.CallbackHandler;

/** "note:2.2": a progress note on item 2.2 (the /capnhat buttons). Asks for the note. */
@Component
class NoteItemButton implements CallbackHandler {

	static final String PREFIX = "note:";

	private final ReportPrompts prompts;

	NoteItemButton(ReportPrompts prompts) {
		this.prompts = prompts;
	}

	@Override
	public String prefix() {
		return PREFIX;
	}

	@Override
	public Reply handle(ChatRequest request) {
		return prompts.pressed(request, request.callbackData().substring(PREFIX.length()), true);
	}
}
