package vn.cchc.troly.telegram.outbound;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * The one place that decides what is tried again, and when, for every call to the Bot API: an
 * outbox message ({@link #retryMessage}) and a call made directly, such as setMyCommands
 * ({@link #retryCall}). First a failure is classified ({@link #classify}): Telegram asked to wait
 * (429 with retry_after), Telegram or the way to it failed for a while (5xx, no connection, a
 * dropped connection, no answer in time: back off, doubling), or Telegram refused the call (400,
 * 403 …: trying again cannot help). Then the attempt's number and {@link DeliverySettings} give the
 * wait, or none.
 */
@Component
class RetryPolicy {

	/** A direct call has a caller waiting (the start-up): a longer retry_after fails it instead. */
	static final Duration LONGEST_CALL_WAIT = Duration.ofMinutes(1);

	/** How one call to Telegram ended, as far as trying again goes. */
	sealed interface Outcome {

		/** Whether Telegram may have taken the call although no answer said so (it may show twice). */
		default boolean uncertain() {
			return false;
		}
	}

	/** Telegram took it (or, for an edit, the message already reads so). */
	record Ok() implements Outcome {
	}

	/** 429: Telegram says how long to wait (its retry_after). */
	record RetryAfter(Duration delay) implements Outcome {
	}

	/**
	 * A failure that passes (5xx, a connection that could not be made or dropped): try again after a
	 * backoff. Uncertain when the request had left: Telegram may have taken it.
	 */
	record Backoff(boolean uncertain) implements Outcome {
	}

	/** No answer within the request timeout: Telegram may have taken it. */
	record NoAnswer() implements Outcome {

		@Override
		public boolean uncertain() {
			return true;
		}
	}

	/** Telegram refused it (400, 403 blocked by the user …): trying again cannot help. */
	record GiveUp() implements Outcome {
	}

	private final DeliverySettings settings;

	RetryPolicy(DeliverySettings settings) {
		this.settings = settings;
	}

	/** What a failed call to the Bot API method means for trying it again. */
	static Outcome classify(String method, Throwable failure) {
		if (failure instanceof TelegramApiRequestException request && request.getErrorCode() != null) {
			var code = request.getErrorCode();
			// Pressing the same button twice asks for the text the message already has: that is fine.
			if (OutgoingMessage.EDIT.equals(method) && request.getApiResponse() != null
					&& request.getApiResponse().contains("message is not modified")) {
				return new Ok();
			}
			if (code == 429) {
				var after = request.getParameters() == null ? null : request.getParameters().getRetryAfter();
				return after == null ? new Backoff(false) : new RetryAfter(Duration.ofSeconds(after));
			}
			return code >= 500 ? new Backoff(false) : new GiveUp();
		}
		for (var cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
				// Nothing reached Telegram.
				return new Backoff(false);
			}
			if (cause instanceof IOException) {
				// Sent, or partly sent, and no answer: a dropped connection or a timeout.
				return new Backoff(true);
			}
		}
		return new GiveUp();
	}

	/**
	 * The wait before an outbox message is tried again after the attempt (1 for the first) ended so,
	 * or empty when it is given up: refused, or its last attempt. A retry_after is honoured as asked.
	 */
	Optional<Duration> retryMessage(Outcome outcome, int attempt) {
		if (attempt >= settings.attempts()) {
			return Optional.empty();
		}
		if (outcome instanceof RetryAfter asked) {
			return Optional.of(asked.delay());
		}
		if (outcome instanceof Backoff || outcome instanceof NoAnswer) {
			return Optional.of(backoffAfter(attempt));
		}
		return Optional.empty();
	}

	/**
	 * The same for a call made directly, which its caller waits for: fewer attempts
	 * ({@link DeliverySettings#callAttempts}), a retry_after of at most {@link #LONGEST_CALL_WAIT},
	 * and no second try after a call got no answer in time (the caller has waited long enough).
	 */
	Optional<Duration> retryCall(Outcome outcome, int attempt) {
		if (attempt >= settings.callAttempts()) {
			return Optional.empty();
		}
		if (outcome instanceof RetryAfter asked) {
			return asked.delay().compareTo(LONGEST_CALL_WAIT) <= 0 ? Optional.of(asked.delay()) : Optional.empty();
		}
		if (outcome instanceof Backoff) {
			return Optional.of(backoffAfter(attempt));
		}
		return Optional.empty();
	}

	/** The wait after the given failed attempt (1 for the first), doubling up to the maximum. */
	Duration backoffAfter(int attempt) {
		var wait = settings.backoff();
		for (var i = 1; i < attempt && wait.compareTo(settings.maxBackoff()) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(settings.maxBackoff()) < 0 ? wait : settings.maxBackoff();
	}

	/** How often an outbox message is tried before it is recorded as failed. */
	int messageAttempts() {
		return settings.attempts();
	}

	/** How often a direct call is tried. */
	int callAttempts() {
		return settings.callAttempts();
	}
}
