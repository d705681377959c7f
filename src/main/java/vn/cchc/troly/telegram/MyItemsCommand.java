package vn.cchc.troly.telegram;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** /viec (/my): the items the official leads, then those they support, with where each stands. */
@Component
@Order(100)
class MyItemsCommand implements ChatCommand {

	private final Callers callers;
	private final MyItemsView view;

	MyItemsCommand(Callers callers, MyItemsView view) {
		this.callers = callers;
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
		return view.of(callers.registered(request), request.locale());
	}
}
