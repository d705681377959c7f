package vn.cchc.troly.chat.reporting;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.CallbackHandler;

/**
 * "item:2.2", a button under /viec: item 2.2 in full for the official, with the buttons to report on
 * it. Only one of their own items, in their private chat: the code comes from the client.
 */
@Component
class ItemDetailButton implements CallbackHandler {

	static final String PREFIX = "item:";

	private final MyItemsView view;

	ItemDetailButton(MyItemsView view) {
		this.view = view;
	}

	@Override
	public String prefix() {
		return PREFIX;
	}

	@Override
	public Reply handle(ChatRequest request) {
		if (!request.isPrivate()) {
			return Reply.alert("chat.access.privateOnly");
		}
		var code = request.callbackData().substring(PREFIX.length());
		return view.detail(request.official(), code, request.locale())
			.orElseGet(() -> Reply.alert("chat.items.notYours", code));
	}
}
