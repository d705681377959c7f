package vn.cchc.troly.chat.reporting;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.CallbackHandler;

/**
 * "rep:2.2": report on item 2.2 (the /so buttons, and the item buttons of other screens such as
 * /viec). Asks for a figure, or for a note when the item is qualitative.
 */
@Component
public class ReportItemButton implements CallbackHandler {

	public static final String PREFIX = "rep:";

	private final ReportPrompts prompts;

	ReportItemButton(ReportPrompts prompts) {
		this.prompts = prompts;
	}

	@Override
	public String prefix() {
		return PREFIX;
	}

	@Override
	public Reply handle(ChatRequest request) {
		return prompts.pressed(request, request.callbackData().substring(PREFIX.length()), false);
	}
}
