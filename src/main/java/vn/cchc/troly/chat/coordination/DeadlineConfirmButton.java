package vn.cchc.troly.chat.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Access;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.CallbackHandler;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.plan.PlanItems;

/**
 * The answer to "/han with a day already past: set it anyway?": "han:2.2:20230101" sets it,
 * "han:x:2.2" keeps the deadline the item has. The message asking becomes the outcome. Only the
 * coordinator may press; the press says again what it sets, since the data comes from the client.
 */
@Component
class DeadlineConfirmButton implements CallbackHandler {

	static final String PREFIX = "han:";
	private static final String CANCEL = "x:";
	private static final DateTimeFormatter DATA_DAY = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	private final DeadlineCommand command;
	private final PlanItems planItems;
	private final ItemTexts texts;
	private final Clock clock;

	DeadlineConfirmButton(DeadlineCommand command, PlanItems planItems, ItemTexts texts, Clock clock) {
		this.command = command;
		this.planItems = planItems;
		this.texts = texts;
		this.clock = clock;
	}

	static String set(String code, LocalDate day) {
		return PREFIX + code + ":" + DATA_DAY.format(day);
	}

	static String cancel(String code) {
		return PREFIX + CANCEL + code;
	}

	@Override
	public String prefix() {
		return PREFIX;
	}

	@Override
	public Access access() {
		return Access.COORDINATOR;
	}

	@Override
	public Reply handle(ChatRequest request) {
		var data = request.callbackData().substring(PREFIX.length());
		if (data.startsWith(CANCEL)) {
			var code = data.substring(CANCEL.length());
			var today = LocalDate.ofInstant(clock.instant(), clock.getZone());
			return planItems.byCode(code)
				.map(item -> Reply.edit("chat.deadline.cancelled", item.code(), texts.date(item.deadlineOn(today))))
				.orElseGet(() -> Reply.alert("chat.deadline.stale"));
		}
		var colon = data.lastIndexOf(':');
		if (colon <= 0) {
			return Reply.alert("chat.deadline.stale");
		}
		LocalDate day;
		try {
			day = LocalDate.parse(data.substring(colon + 1), DATA_DAY);
		}
		catch (DateTimeParseException e) {
			return Reply.alert("chat.deadline.stale");
		}
		return command.set(data.substring(0, colon), day).map(DeadlineConfirmButton::asEdit)
			.orElseGet(() -> Reply.alert("chat.deadline.stale"));
	}

	private static Reply asEdit(Reply reply) {
		var text = (Reply.Text) reply.parts().get(0);
		return Reply.edit(text.key(), text.args().toArray());
	}
}
