package vn.cchc.troly.telegram;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.TroLyCchcApplication;

/**
 * /loigui (/failed), coordinators only: the messages Telegram never took after every attempt (or
 * refused), newest first, so nothing the bot should have said is lost without anyone knowing.
 */
@Component
@Order(700)
class FailedDeliveriesCommand implements ChatCommand {

	static final int SHOWN = 20;
	private static final int PREVIEW = 80;
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
		.withZone(TroLyCchcApplication.ZONE);

	private final Outbox outbox;
	private final ReplyRenderer renderer;

	FailedDeliveriesCommand(Outbox outbox, ReplyRenderer renderer) {
		this.outbox = outbox;
		this.renderer = renderer;
	}

	@Override
	public String name() {
		return "loigui";
	}

	@Override
	public String alias() {
		return "failed";
	}

	@Override
	public String descriptionKey() {
		return "chat.failed.command";
	}

	@Override
	public Access access() {
		return Access.COORDINATOR;
	}

	@Override
	public Reply handle(ChatRequest request) {
		var failures = outbox.failures(SHOWN);
		if (failures.isEmpty()) {
			return Reply.text("chat.failed.none");
		}
		var lines = failures.stream()
			.map(f -> renderer.html("chat.failed.line", List.of(WHEN.format(f.createdAt()), String.valueOf(f.chatId()), what(f),
					f.attempts(), f.lastError() == null ? "" : f.lastError()), request.locale()))
			.collect(Collectors.joining("\n"));
		return Reply.text("chat.failed.list", failures.size(), new SafeHtml(lines));
	}

	private static String what(Outbox.Failure failure) {
		var text = failure.body() != null ? failure.body().replaceAll("<[^>]*>", "") : failure.fileName();
		if (text == null) {
			return failure.method();
		}
		text = text.replace('\n', ' ').strip();
		return text.length() <= PREVIEW ? text : text.substring(0, PREVIEW) + "…";
	}
}
