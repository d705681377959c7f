package vn.cchc.troly.telegram.outbound;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.Serializable;
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
import org.telegram.telegrambots.meta.generics.TelegramClient;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.cchc.troly.telegram.TelegramSettings;

/**
 * The only place that builds Bot API calls. Every call is bounded by the request timeout. Messages
 * from the outbox get one attempt each ({@link #transmit}), its end classified by the
 * {@link RetryPolicy} for the {@link OutboxDispatcher}. Other methods ({@link #execute}:
 * setMyCommands) are tried here as the policy says for a direct call, and fail with a
 * {@link ChatDeliveryException}.
 */
@Component
public class TelegramSender {

	private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);

	@FunctionalInterface
	interface ApiCall<T> {
		CompletableFuture<T> start() throws TelegramApiException;
	}

	private final TelegramClient client;
	private final TelegramSettings settings;
	private final RetryPolicy retries;
	private final ObjectMapper json = new ObjectMapper();

	TelegramSender(TelegramClient client, TelegramSettings settings, RetryPolicy retries) {
		this.client = client;
		this.settings = settings;
		this.retries = retries;
	}

	/**
	 * How one attempt at an outbox message ended: the policy's outcome, the message id when
	 * Telegram took it and answered with a message, the error (without the token) when it did not.
	 */
	record Attempt(RetryPolicy.Outcome outcome, Integer messageId, String error) {

		static Attempt sent(Integer messageId) {
			return new Attempt(new RetryPolicy.Ok(), messageId, null);
		}
	}

	/** One bounded attempt at the outbox message; never throws for what Telegram or the network does. */
	Attempt transmit(OutboxMessage message) {
		if (!settings.hasToken()) {
			return new Attempt(new RetryPolicy.Backoff(false), null, "no Telegram bot token is set");
		}
		CompletableFuture<? extends Serializable> future = null;
		try {
			future = start(message);
			var result = future.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
			return Attempt.sent(result instanceof Message sent ? sent.getMessageId() : null);
		}
		catch (TimeoutException e) {
			future.cancel(true);
			return new Attempt(new RetryPolicy.NoAnswer(), null, "no answer within " + settings.requestTimeout());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new Attempt(new RetryPolicy.Backoff(true), null, "interrupted");
		}
		catch (ExecutionException e) {
			return failed(message, e.getCause());
		}
		catch (TelegramApiException | RuntimeException e) {
			return failed(message, e);
		}
	}

	private Attempt failed(OutboxMessage message, Throwable failure) {
		var outcome = RetryPolicy.classify(message.method(), failure);
		return outcome instanceof RetryPolicy.Ok ? Attempt.sent(message.messageId())
				: new Attempt(outcome, null, settings.redact(String.valueOf(failure)));
	}

	private CompletableFuture<? extends Serializable> start(OutboxMessage message) throws TelegramApiException {
		var keyboard = keyboard(message.replyMarkup());
		return switch (message.method()) {
			case OutgoingMessage.TEXT -> client.executeAsync(SendMessage.builder().chatId(message.chatId()).text(message.body())
				.parseMode(ParseMode.HTML).replyMarkup(keyboard).build());
			case OutgoingMessage.PHOTO -> client.executeAsync(SendPhoto.builder().chatId(message.chatId())
				.photo(new InputFile(new ByteArrayInputStream(message.fileBytes()), message.fileName()))
				.caption(message.body()).parseMode(ParseMode.HTML).build());
			case OutgoingMessage.DOCUMENT -> client.executeAsync(SendDocument.builder().chatId(message.chatId())
				.document(message.filePath() != null ? new InputFile(new File(message.filePath()), message.fileName())
						: new InputFile(new ByteArrayInputStream(message.fileBytes()), message.fileName()))
				.caption(message.body()).parseMode(ParseMode.HTML).build());
			case OutgoingMessage.EDIT -> client.executeAsync(EditMessageText.builder().chatId(message.chatId())
				.messageId(message.messageId()).text(message.body()).parseMode(ParseMode.HTML).replyMarkup(keyboard)
				.build());
			case OutgoingMessage.ANSWER -> client.executeAsync(AnswerCallbackQuery.builder()
				.callbackQueryId(message.callbackQueryId()).text(message.body()).showAlert(message.showAlert()).build());
			default -> throw new IllegalArgumentException("unknown outbox method " + message.method());
		};
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
		for (var attempt = 1;; attempt++) {
			Throwable failure;
			RetryPolicy.Outcome outcome;
			try {
				var future = call.start();
				try {
					return future.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
				}
				catch (TimeoutException e) {
					future.cancel(true);
					failure = e;
					outcome = new RetryPolicy.NoAnswer();
				}
			}
			catch (ExecutionException e) {
				failure = e.getCause();
				outcome = RetryPolicy.classify(what, failure);
			}
			catch (TelegramApiException e) {
				// The call could not even be made (it could not be written, say): the same again would fail alike.
				failure = e;
				outcome = new RetryPolicy.GiveUp();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new ChatDeliveryException(what + ": interrupted", e);
			}
			var retry = retries.retryCall(outcome, attempt);
			if (retry.isEmpty()) {
				throw new ChatDeliveryException(outcome instanceof RetryPolicy.NoAnswer
						? what + ": no answer within " + settings.requestTimeout()
						: what + " failed after " + attempt + " attempt(s): " + settings.redact(String.valueOf(failure)),
						failure);
			}
			log.warn("{} failed ({}); attempt {} of {} in {} ms", what, settings.redact(String.valueOf(failure)),
					attempt + 1, retries.callAttempts(), retry.get().toMillis());
			sleep(retry.get());
		}
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
