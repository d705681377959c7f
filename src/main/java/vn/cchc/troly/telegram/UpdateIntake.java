package vn.cchc.troly.telegram;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Takes each batch from long polling, in order, on the polling thread (the next poll, which
 * confirms the batch to Telegram, waits until this returns). Each update is first recorded by its
 * update_id, so a redelivered one changes nothing; then routed and answered in its own try: a
 * failure is logged (never with the token), the user gets an apology, and the next update is
 * handled as usual. Nothing escapes to the polling thread, which would stop polling for good.
 */
@Component
class UpdateIntake implements LongPollingUpdateConsumer {

	private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);

	private final ReceivedUpdates received;
	private final ChatRequests requests;
	private final ChatRouter router;
	private final TelegramSender sender;
	private final TelegramSettings settings;
	private final ObjectMapper json = new ObjectMapper();

	UpdateIntake(ReceivedUpdates received, ChatRequests requests, ChatRouter router, TelegramSender sender,
			TelegramSettings settings) {
		this.received = received;
		this.requests = requests;
		this.router = router;
		this.sender = sender;
		this.settings = settings;
	}

	@Override
	public void consume(List<Update> updates) {
		for (var update : updates) {
			try {
				handle(update);
			}
			catch (Throwable unexpected) {
				// Even an Error must not reach the polling thread.
				log.error("Update {} could not be handled: {}", update.getUpdateId(), describe(unexpected));
			}
		}
	}

	private void handle(Update update) throws Exception {
		var updateId = update.getUpdateId();
		if (!received.recordNew(updateId, ChatRequests.chatIdOf(update), ChatRequests.userIdOf(update),
				json.writeValueAsString(update))) {
			log.info("Update {} was received before; it is not handled again", updateId);
			return;
		}
		ChatRequest request = null;
		try {
			request = requests.from(update);
			if (request != null) {
				sender.deliver(request, router.route(request));
			}
			received.finished(updateId, ReceivedUpdates.Outcome.HANDLED);
		}
		catch (RuntimeException e) {
			log.error("Update {} failed: {}", updateId, describe(e), Redacted.copy(e, settings));
			received.finished(updateId, ReceivedUpdates.Outcome.FAILED);
			apologise(request);
		}
	}

	private void apologise(ChatRequest request) {
		if (request == null) {
			return;
		}
		try {
			sender.deliver(request, Reply.text("telegram.error.apology"));
		}
		catch (RuntimeException e) {
			log.error("Could not apologise in chat {}: {}", request.chatId(), describe(e));
		}
	}

	private String describe(Throwable e) {
		return settings.redact(String.valueOf(e));
	}
}
