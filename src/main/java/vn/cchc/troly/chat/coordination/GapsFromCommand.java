package vn.cchc.troly.chat.coordination;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Access;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ChatCommand;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.report.DossierGaps;

/**
 * /demhoso &lt;dd/mm/yyyy&gt; (/gapsfrom), for the coordinator: from that day the weekly summary
 * counts the items still lacking evidence (by default from 1 October of the plan's year); without
 * a date, says from when it counts now.
 */
@Component
@Order(630)
class GapsFromCommand implements ChatCommand {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private final DossierGaps gaps;
	private final PlanItems planItems;
	private final ItemTexts texts;

	GapsFromCommand(DossierGaps gaps, PlanItems planItems, ItemTexts texts) {
		this.gaps = gaps;
		this.planItems = planItems;
		this.texts = texts;
	}

	@Override
	public String name() {
		return "demhoso";
	}

	@Override
	public String alias() {
		return "gapsfrom";
	}

	@Override
	public String descriptionKey() {
		return "chat.gapsFrom.command";
	}

	@Override
	public Access access() {
		return Access.COORDINATOR;
	}

	@Override
	public Reply handle(ChatRequest request) {
		var plan = planItems.currentPlan();
		if (plan.isEmpty()) {
			return Reply.text("chat.status.noPlan");
		}
		var argument = request.argument().strip();
		if (argument.isEmpty()) {
			return Reply.text("chat.gapsFrom.now", texts.date(gaps.countedFrom(plan.get())));
		}
		var day = parse(argument);
		if (day.isEmpty()) {
			return Reply.text("chat.gapsFrom.badDate", argument, texts.date(gaps.countedFrom(plan.get())));
		}
		gaps.countFrom(day.get(), request.official());
		return Reply.text("chat.gapsFrom.set", texts.date(day.get()));
	}

	private static Optional<LocalDate> parse(String text) {
		try {
			return Optional.of(LocalDate.parse(text, DAY)).filter(day -> day.getYear() >= 2000 && day.getYear() < 2100);
		}
		catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}
}
