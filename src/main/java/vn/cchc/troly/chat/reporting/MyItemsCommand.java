package vn.cchc.troly.chat.reporting;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ChatCommand;

/** /viec (/my): the items the official leads, then those they support, with where each stands. */
@Component
@Order(100)
class MyItemsCommand implements ChatCommand {

	private final MyItemsView view;

	MyItemsCommand(MyItemsView view) {
		this.view = view;
	}

	@Override
	public String name() {
		return "viec";
	}

	@Override
	public String alias() {
		return "my";
	}

	@Override
	public String descriptionKey() {
		return "chat.items.command";
	}

	@Override
	public Reply handle(ChatRequest request) {
		return view.of(request.official(), request.locale());
	}
}
