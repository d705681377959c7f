package vn.cchc.troly.chat.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Access;
import vn.cchc.troly.chat.Button;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ChatCommand;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.report.ReportQueries;

/**
 * /han &lt;mã&gt; &lt;dd/mm/yyyy&gt; (/deadline), for the coordinator: sets an item's deadline.
 * The date must be a real day written day/month/year; anything else is refused with an example
 * (a day of the running year) and nothing is stored. A day already past is likely a typo (last
 * year's date in January), and would make the item overdue at once: the coordinator is asked first
 * ({@link DeadlineConfirmButton}).
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
	private final Clock clock;

	DeadlineCommand(ReportQueries queries, PlanItems planItems, ItemTexts texts, Clock clock) {
		this.queries = queries;
		this.planItems = planItems;
		this.texts = texts;
		this.clock = clock;
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
	public String helpKey() {
		return "chat.deadline.help";
	}

	@Override
	public Access access() {
		return Access.COORDINATOR;
	}

	@Override
	public Reply handle(ChatRequest request) {
		var example = texts.exampleDeadline();
		var words = request.argument().split("\\s+");
		if (words.length != 2 || words[0].isEmpty()) {
			return Reply.text("chat.deadline.usage", example);
		}
		var code = words[0];
		var item = planItems.byCode(code);
		if (item.isEmpty()) {
			return Reply.text("chat.deadline.unknown", code, example);
		}
		var date = parse(words[1]);
		if (date.isEmpty()) {
			return Reply.text("chat.deadline.badDate", words[1], example);
		}
		var today = LocalDate.ofInstant(clock.instant(), clock.getZone());
		if (date.get().isBefore(today)) {
			var day = texts.date(date.get());
			return Reply.text("chat.deadline.past", item.get().code(), texts.shortTitle(item.get()), day,
					texts.date(today), texts.date(item.get().deadlineOn(today)))
				.withButtons(List.of(Button.row(
						Button.of("chat.deadline.button.set", DeadlineConfirmButton.set(item.get().code(), date.get()), day),
						Button.of("chat.deadline.button.cancel", DeadlineConfirmButton.cancel(item.get().code())))));
		}
		return set(code, date.get()).orElseGet(() -> Reply.text("chat.deadline.unknown", code, example));
	}

	/** Sets the deadline and says so, with the one it replaces; empty for an item the plan does not have. */
	Optional<Reply> set(String code, LocalDate date) {
		return queries.setDeadline(code, date)
			.map(set -> Reply.text("chat.deadline.set", set.item().code(), texts.shortTitle(set.item()),
					texts.date(set.deadline()), texts.date(set.previous())));
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
