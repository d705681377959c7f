package vn.cchc.troly.chat.onboarding;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.CallbackHandler;

/** "Tất cả lệnh" under /trogiup, data {@value #DATA}: the help message becomes the list of every command. */
@Component
class HelpAllButton implements CallbackHandler {

	static final String DATA = "help:all";

	private final HelpLines lines;

	HelpAllButton(HelpLines lines) {
		this.lines = lines;
	}

	@Override
	public String prefix() {
		return "help:";
	}

	@Override
	public Reply handle(ChatRequest request) {
		return Reply.edit("telegram.help", lines.all(request.locale()));
	}
}
