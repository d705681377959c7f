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
import vn.cchc.troly.report.ReportQueries;

/**
 * /han &lt;mã&gt; &lt;dd/mm/yyyy&gt; (/deadline), for the coordinator: sets an item's deadline.
 * The date must be a real day written day/month/year; anything else is refused with an example
 * and nothing is stored.
 */
@Component
@Order(610)
class DeadlineCommand implements ChatCommand {

	// Strict: 31/02/2024 is refused, not moved to 02/03; one-digit days and months are fine.
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private final ReportQueries queries;
	private final PlanItems planItems;
	private final ItemTexts texts;

	DeadlineCommand(ReportQueries queries, PlanItems planItems, ItemTexts texts) {
		this.queries = queries;
		this.planItems = planItems;
		this.texts = texts;
	}

	@Override
	public String name() {
		return "han";
	}

	@Override
	public String alias() {
		return "deadline";
	}

	@Override
	public String descriptionKey() {
		return "chat.deadline.command";
	}

	@Override
	public Access access() {
		return Access.COORDINATOR;
	}

	@Override
	public Reply handle(ChatRequest request) {
		var words = request.argument().split("\\s+");
		if (words.length != 2 || words[0].isEmpty()) {
			return Reply.text("chat.deadline.usage");
		}
		var code = words[0];
		if (planItems.byCode(code).isEmpty()) {
			return Reply.text("chat.deadline.unknown", code);
		}
		var date = parse(words[1]);
		if (date.isEmpty()) {
			return Reply.text("chat.deadline.badDate", words[1]);
		}
		return queries.setDeadline(code, date.get())
			.map(set -> Reply.text("chat.deadline.set", set.item().code(), texts.shortTitle(set.item()),
					texts.date(set.deadline()), texts.date(set.previous())))
			.orElseGet(() -> Reply.text("chat.deadline.unknown", code));
	}

	/** The day, if the text is a real one this century (a typo like 20245 is no deadline). */
	static Optional<LocalDate> parse(String text) {
		try {
			return Optional.of(LocalDate.parse(text, DAY)).filter(day -> day.getYear() >= 2000 && day.getYear() < 2100);
		}
		catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}
}
