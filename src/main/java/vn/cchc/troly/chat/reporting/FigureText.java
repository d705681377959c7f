package vn.cchc.troly.chat.reporting;

import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.TextHandler;
import vn.cchc.troly.plan.PlanItems;

/**
 * "2.2 97,5%" or "2.2: 97,5" typed in the private chat: a figure for item 2.2, as /so would take
 * it. Text that does not start with an item code of the plan followed by a number is left alone.
 */
@Component
@Order(100)
class FigureText implements TextHandler {

	private final Reporter reporter;
	private final PlanItems planItems;

	FigureText(Reporter reporter, PlanItems planItems) {
		this.reporter = reporter;
		this.planItems = planItems;
	}

	@Override
	public Optional<Reply> handle(ChatRequest request) {
		if (!request.isPrivate()) {
			return Optional.empty();
		}
		var input = ReportInput.codeThenRest(request.text())
			.filter(i -> ReportInput.looksLikeFigure(i.rest()) && planItems.byCode(i.code()).isPresent());
		if (input.isEmpty()) {
			return Optional.empty();
		}
		var official = request.official();
		return Optional.of(reporter.figure(request, official, input.get().code(), input.get().rest(), false).reply());
	}
}
