package vn.cchc.troly.telegram.outbound;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.cchc.troly.telegram.TelegramSettings;

/**
 * The only place that builds Bot API calls. Every call is bounded by the request timeout. Messages
 * from the {@link Outbox} get one attempt each ({@link #transmit}), classified for the
 * {@link OutboxDispatcher}: sent, worth retrying (429 with its retry_after, 5xx, timeouts, lost
 * connections) or refused. Other methods ({@link #execute}: setMyCommands) retry here, a few times
 * with a doubling wait, and fail with a {@link ChatDeliveryException}.
 */
@Component
public class TelegramSender {

	private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);
	/** Longer waits than this are not worth holding the chat for; the send fails instead. */
	private static final Duration LONGEST_RETRY_AFTER = Duration.ofMinutes(1);

	@FunctionalInterface
	interface ApiCall<T> {
		CompletableFuture<T> start() throws TelegramApiException;
	}

	private final TelegramClient client;
	private final TelegramSettings settings;
	private final ObjectMapper json = new ObjectMapper();

	TelegramSender(TelegramClient client, TelegramSettings settings) {
		this.client = client;
		this.settings = settings;
	}

	/** How one attempt at an outbox message ended. */
	sealed interface Attempt {
	}

	/** Telegram took it; the message id when it answered with a message. */
	record Sent(Integer messageId) implements Attempt {
	}

	/**
	 * Worth trying again after the wait. Uncertain: the request left and no answer came back, so
	 * Telegram may have posted it already.
	 */
	record Retry(Duration after, boolean uncertain, String error) implements Attempt {
	}

	/** Telegram refused it (400, 403 …): trying again cannot help. */
	record Refused(String error) implements Attempt {
	}

	/** One bounded attempt at the outbox message; never throws for what Telegram or the network does. */
	Attempt transmit(OutboxMessage message, Duration backoff) {
		if (!settings.hasToken()) {
			return new Retry(backoff, false, "no Telegram bot token is set");
		}
		CompletableFuture<? extends Serializable> future = null;
		try {
			future = start(message);
			var result = future.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
			return new Sent(result instanceof Message sent ? sent.getMessageId() : null);
		}
		catch (TimeoutException e) {
			future.cancel(true);
			return new Retry(backoff, true, "no answer within " + settings.requestTimeout());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new Retry(backoff, true, "interrupted");
		}
		catch (ExecutionException e) {
			return classify(message, e.getCause(), backoff);
		}
		catch (TelegramApiException | RuntimeException e) {
			return classify(message, e, backoff);
		}
	}

	private CompletableFuture<? extends Serializable> start(OutboxMessage message) throws TelegramApiException {
		var keyboard = keyboard(message.replyMarkup());
		return switch (message.method()) {
			case Outbox.TEXT -> client.executeAsync(SendMessage.builder().chatId(message.chatId()).text(message.body())
				.parseMode(ParseMode.HTML).replyMarkup(keyboard).build());
			case Outbox.PHOTO -> client.executeAsync(SendPhoto.builder().chatId(message.chatId())
				.photo(new InputFile(new ByteArrayInputStream(message.fileBytes()), message.fileName()))
				.caption(message.body()).parseMode(ParseMode.HTML).build());
			case Outbox.DOCUMENT -> client.executeAsync(SendDocument.builder().chatId(message.chatId())
				.document(new InputFile(new ByteArrayInputStream(message.fileBytes()), message.fileName()))
				.caption(message.body()).parseMode(ParseMode.HTML).build());
			case Outbox.EDIT -> client.executeAsync(EditMessageText.builder().chatId(message.chatId())
				.messageId(message.messageId()).text(message.body()).parseMode(ParseMode.HTML).replyMarkup(keyboard)
				.build());
			case Outbox.ANSWER -> client.executeAsync(AnswerCallbackQuery.builder()
				.callbackQueryId(message.callbackQueryId()).text(message.body()).showAlert(message.showAlert()).build());
			default -> throw new IllegalArgumentException("unknown outbox method " + message.method());
		};
	}

	private Attempt classify(OutboxMessage message, Throwable failure, Duration backoff) {
		var error = settings.redact(String.valueOf(failure));
		if (failure instanceof TelegramApiRequestException request && request.getErrorCode() != null) {
			var code = request.getErrorCode();
			// Pressing the same button twice asks for the text the message already has: that is fine.
			if (Outbox.EDIT.equals(message.method()) && request.getApiResponse() != null
					&& request.getApiResponse().contains("message is not modified")) {
				return new Sent(message.messageId());
			}
			if (code == 429) {
				var after = request.getParameters() == null ? null : request.getParameters().getRetryAfter();
				return new Retry(after == null ? backoff : Duration.ofSeconds(after), false, error);
			}
			return code >= 500 ? new Retry(backoff, false, error) : new Refused(error);
		}
		for (var cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
				// Nothing reached Telegram.
				return new Retry(backoff, false, error);
			}
			if (cause instanceof IOException) {
				// Sent, or partly sent, and no answer: a dropped connection or a timeout.
				return new Retry(backoff, true, error);
			}
		}
		return new Refused(error);
	}

	private InlineKeyboardMarkup keyboard(String replyMarkup) {
		if (replyMarkup == null) {
			return null;
		}
		try {
			return json.readValue(replyMarkup, InlineKeyboardMarkup.class);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("a stored keyboard cannot be read", e);
		}
	}

	/** Runs any Bot API method with the same timeout and retries (setMyCommands, say). */
	public <T extends Serializable> T execute(String what, BotApiMethod<T> method) {
		return call(what, () -> client.executeAsync(method));
	}

	private <T> T call(String what, ApiCall<T> call) {
		if (!settings.hasToken()) {
			throw new ChatDeliveryException(what + ": no Telegram bot token is set", null);
		}
		var wait = settings.retryBackoff();
		for (var attempt = 1;; attempt++) {
			Throwable failure;
			Duration retryIn = null;
			try {
				var future = call.start();
				try {
					return future.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
				}
				catch (TimeoutException e) {
					future.cancel(true);
					// The request may have reached Telegram: sending again could post the message twice.
					throw new ChatDeliveryException(what + ": no answer within " + settings.requestTimeout(), e);
				}
			}
			catch (ExecutionException e) {
				failure = e.getCause();
				retryIn = retryDelay(failure, wait);
			}
			catch (TelegramApiException e) {
				failure = e;
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new ChatDeliveryException(what + ": interrupted", e);
			}
			if (retryIn == null || attempt >= settings.sendAttempts()) {
				throw new ChatDeliveryException(what + " failed after " + attempt + " attempt(s): "
						+ settings.redact(String.valueOf(failure)), failure);
			}
			log.warn("{} failed ({}); attempt {} of {} in {} ms", what, settings.redact(String.valueOf(failure)),
					attempt + 1, settings.sendAttempts(), retryIn.toMillis());
			sleep(retryIn);
			wait = wait.multipliedBy(2);
		}
	}

	/** When to try again, or null when trying again cannot help. */
	private static Duration retryDelay(Throwable failure, Duration backoff) {
		if (failure instanceof TelegramApiRequestException request && request.getErrorCode() != null) {
			var code = request.getErrorCode();
			if (code == 429) {
				var after = request.getParameters() == null ? null : request.getParameters().getRetryAfter();
				var delay = after == null ? backoff : Duration.ofSeconds(after);
				return delay.compareTo(LONGEST_RETRY_AFTER) <= 0 ? delay : null;
			}
			return code >= 500 ? backoff : null;
		}
		return failure instanceof IOException ? backoff : null;
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ChatDeliveryException("interrupted while waiting to retry", e);
		}
	}
}
