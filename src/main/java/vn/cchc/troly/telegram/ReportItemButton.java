package vn.cchc.troly.telegram;

import org.springframework.stereotype.Component;

/**
 * "rep:2.2": report on item 2.2 (the /so buttons, and the item buttons of other screens such as
 * /viec). Asks for a figure, or for a note when the item is qualitative.
 */
@Component
class ReportItemButton implements CallbackHandler {

	static final String PREFIX = "rep:";

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
