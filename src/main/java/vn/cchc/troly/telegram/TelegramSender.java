package vn.cchc.troly.telegram;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
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
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The only place that builds Bot API calls. Every call is bounded by the request timeout and tried
 * again when Telegram asks to wait (429, honouring retry_after) or fails on its side (5xx) or
 * cannot be reached, a few times with a doubling wait; anything else fails at once with a
 * {@link ChatDeliveryException}. Texts go in HTML parse mode, split when longer than a message.
 */
@Component
class TelegramSender {

	private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);
	private static final int CAPTION_LIMIT = 1024;
	/** Longer waits than this are not worth holding the chat for; the send fails instead. */
	private static final Duration LONGEST_RETRY_AFTER = Duration.ofMinutes(1);

	@FunctionalInterface
	interface ApiCall<T> {
		CompletableFuture<T> start() throws TelegramApiException;
	}

	private final TelegramClient client;
	private final TelegramSettings settings;
	private final ReplyRenderer renderer;

	TelegramSender(TelegramClient client, TelegramSettings settings, ReplyRenderer renderer) {
		this.client = client;
		this.settings = settings;
		this.renderer = renderer;
	}

	/** Sends the reply to the chat of the request; a button press is always answered, first. */
	void deliver(ChatRequest request, Reply reply) {
		var locale = reply.locale() != null ? reply.locale() : request.locale();
		if (request.callbackQueryId() != null
				&& reply.parts().stream().noneMatch(Reply.Answer.class::isInstance)) {
			answer(request.callbackQueryId(), new Reply.Answer(null, List.of(), false), locale);
		}
		for (var part : reply.parts()) {
			if (part instanceof Reply.Answer answer) {
				answer(request.callbackQueryId(), answer, locale);
			}
			else if (part instanceof Reply.Edit edit) {
				edit(request, edit, locale);
			}
			else {
				send(request.chatId(), part, locale);
			}
		}
	}

	/** Sends texts, photos and documents to a chat (edits and answers need a button press). */
	void send(long chatId, Reply reply, Locale fallbackLocale) {
		var locale = reply.locale() != null ? reply.locale() : fallbackLocale;
		reply.parts().forEach(part -> send(chatId, part, locale));
	}

	private void send(long chatId, Reply.Part part, Locale locale) {
		if (part instanceof Reply.Text text) {
			sendText(chatId, renderer.html(text.key(), text.args(), locale), keyboard(text.buttons(), locale));
		}
		else if (part instanceof Reply.Photo photo) {
			sendFile(chatId, photo.bytes(), photo.fileName(), caption(photo.captionKey(), photo.args(), locale), true);
		}
		else if (part instanceof Reply.Document document) {
			sendFile(chatId, document.bytes(), document.fileName(),
					caption(document.captionKey(), document.args(), locale), false);
		}
		else {
			throw new IllegalArgumentException("edits and answers need a button press: " + part);
		}
	}

	private void sendText(long chatId, String html, InlineKeyboardMarkup keyboard) {
		var pieces = MessageSplitter.split(html);
		for (var i = 0; i < pieces.size(); i++) {
			var last = i == pieces.size() - 1;
			var message = SendMessage.builder().chatId(chatId).text(pieces.get(i)).parseMode(ParseMode.HTML)
				.replyMarkup(last ? keyboard : null).build();
			call("sendMessage", () -> client.executeAsync(message));
		}
	}

	private void edit(ChatRequest request, Reply.Edit edit, Locale locale) {
		var pieces = MessageSplitter.split(renderer.html(edit.key(), edit.args(), locale));
		var keyboard = keyboard(edit.buttons(), locale);
		var method = EditMessageText.builder().chatId(request.chatId()).messageId(request.messageId())
			.text(pieces.get(0)).parseMode(ParseMode.HTML).replyMarkup(pieces.size() == 1 ? keyboard : null).build();
		try {
			call("editMessageText", () -> client.executeAsync(method));
		}
		catch (ChatDeliveryException e) {
			// Pressing the same button twice asks for the text the message already has: that is fine.
			if (!(e.getCause() instanceof TelegramApiRequestException r && r.getApiResponse() != null
					&& r.getApiResponse().contains("message is not modified"))) {
				throw e;
			}
		}
		for (var i = 1; i < pieces.size(); i++) {
			sendText(request.chatId(), pieces.get(i), i == pieces.size() - 1 ? keyboard : null);
		}
	}

	private void answer(String callbackQueryId, Reply.Answer answer, Locale locale) {
		var text = answer.key() == null ? null : renderer.plain(answer.key(), answer.args(), locale);
		var method = AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).text(text).showAlert(answer.alert())
			.build();
		call("answerCallbackQuery", () -> client.executeAsync(method));
	}

	private void sendFile(long chatId, byte[] bytes, String fileName, String caption, boolean photo) {
		// A caption longer than Telegram allows goes as a text message after the file.
		var fits = caption == null || caption.length() <= CAPTION_LIMIT;
		if (photo) {
			call("sendPhoto", () -> client.executeAsync(SendPhoto.builder().chatId(chatId)
				.photo(new InputFile(new ByteArrayInputStream(bytes), fileName)).caption(fits ? caption : null)
				.parseMode(ParseMode.HTML).build()));
		}
		else {
			call("sendDocument", () -> client.executeAsync(SendDocument.builder().chatId(chatId)
				.document(new InputFile(new ByteArrayInputStream(bytes), fileName)).caption(fits ? caption : null)
				.parseMode(ParseMode.HTML).build()));
		}
		if (!fits) {
			sendText(chatId, caption, null);
		}
	}

	/** Runs any Bot API method with the same timeout and retries (setMyCommands, say). */
	<T extends Serializable> T execute(String what, BotApiMethod<T> method) {
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

	private String caption(String key, List<Object> args, Locale locale) {
		return key == null ? null : renderer.html(key, args, locale);
	}

	private InlineKeyboardMarkup keyboard(List<List<Button>> rows, Locale locale) {
		if (rows == null || rows.isEmpty()) {
			return null;
		}
		return new InlineKeyboardMarkup(rows.stream()
			.map(row -> new InlineKeyboardRow(row.stream()
				.map(button -> InlineKeyboardButton.builder()
					.text(renderer.plain(button.labelKey(), button.labelArgs(), locale))
					.callbackData(button.callbackData()).build())
				.toList()))
			.toList());
	}
}
