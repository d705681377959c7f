package vn.cchc.troly.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import vn.cchc.troly.telegram.outbound.RetryPolicy.Backoff;
import vn.cchc.troly.telegram.outbound.RetryPolicy.GiveUp;
import vn.cchc.troly.telegram.outbound.RetryPolicy.NoAnswer;
import vn.cchc.troly.telegram.outbound.RetryPolicy.Ok;
import vn.cchc.troly.telegram.outbound.RetryPolicy.RetryAfter;

/** What is tried again, and when: Telegram's answers as the Bot API gives them, with the defaults of application.yml. */
class RetryPolicyTests {

	private static final String SEND = OutgoingMessage.TEXT;

	private final RetryPolicy policy = new RetryPolicy(new DeliverySettings(8, Duration.ofSeconds(1),
			Duration.ofMinutes(5), 3, 4, 30, 1, 20, Duration.ofMillis(50)));

	@Test
	void tooManyRequestsWaitsAsLongAsTelegramAsks() {
		var outcome = RetryPolicy.classify(SEND, error(429, "Too Many Requests: retry after 7", 7));

		assertThat(outcome).isEqualTo(new RetryAfter(Duration.ofSeconds(7)));
		assertThat(outcome.uncertain()).isFalse();
		assertThat(policy.retryMessage(outcome, 1)).hasValue(Duration.ofSeconds(7));
		// Even longer than the longest backoff: Telegram would refuse an earlier try.
		assertThat(policy.retryMessage(RetryPolicy.classify(SEND, error(429, "Too Many Requests", 600)), 1))
			.hasValue(Duration.ofMinutes(10));
	}

	@Test
	void tooManyRequestsWithoutRetryAfterBacksOff() {
		assertThat(RetryPolicy.classify(SEND, error(429, "Too Many Requests", null))).isEqualTo(new Backoff(false));
	}

	@Test
	void serverErrorsAndConnectionsNeverMadeBackOffCertainThatNothingArrived() {
		assertThat(RetryPolicy.classify(SEND, error(502, "Bad Gateway", null))).isEqualTo(new Backoff(false));
		assertThat(RetryPolicy.classify(SEND, new TelegramApiException("call failed", new ConnectException("refused"))))
			.isEqualTo(new Backoff(false));
		assertThat(RetryPolicy.classify(SEND, new UnknownHostException("api.telegram.org"))).isEqualTo(new Backoff(false));
	}

	@Test
	void aConnectionDroppedAfterTheRequestLeftBacksOffUncertain() {
		var dropped = RetryPolicy.classify(SEND, new TelegramApiException("call failed", new IOException("unexpected end of stream")));
		var timedOut = RetryPolicy.classify(SEND, new SocketTimeoutException("timeout"));

		assertThat(dropped).isEqualTo(new Backoff(true));
		assertThat(timedOut).isEqualTo(new Backoff(true));
		assertThat(dropped.uncertain()).isTrue();
		assertThat(new NoAnswer().uncertain()).isTrue();
	}

	@Test
	void refusalsAreGivenUpAtOnce() {
		var blocked = RetryPolicy.classify(SEND, error(403, "Forbidden: bot was blocked by the user", null));
		var bad = RetryPolicy.classify(SEND, error(400, "Bad Request: can't parse entities", null));

		assertThat(blocked).isEqualTo(new GiveUp());
		assertThat(bad).isEqualTo(new GiveUp());
		assertThat(policy.retryMessage(blocked, 1)).isEmpty();
		assertThat(RetryPolicy.classify(SEND, new IllegalStateException("a stored keyboard cannot be read")))
			.isEqualTo(new GiveUp());
	}

	@Test
	void anEditToTheTextTheMessageAlreadyHasIsDone() {
		var notModified = error(400, "Bad Request: message is not modified", null);

		assertThat(RetryPolicy.classify(OutgoingMessage.EDIT, notModified)).isEqualTo(new Ok());
		assertThat(RetryPolicy.classify(SEND, notModified)).isEqualTo(new GiveUp());
	}

	@Test
	void theBackoffDoublesUpToItsMaximumAndTheLastAttemptGivesUp() {
		assertThat(java.util.stream.IntStream.rangeClosed(1, 7)
			.mapToObj(attempt -> policy.retryMessage(new Backoff(false), attempt).orElseThrow().toSeconds()))
			.containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 64L);
		assertThat(policy.retryMessage(new NoAnswer(), 3)).hasValue(Duration.ofSeconds(4));
		assertThat(policy.retryMessage(new Backoff(true), 8)).as("the eighth of eight attempts").isEmpty();
		assertThat(policy.retryMessage(new RetryAfter(Duration.ofSeconds(1)), 8)).isEmpty();
		assertThat(policy.backoffAfter(20)).isEqualTo(Duration.ofMinutes(5));
	}

	@Test
	void aDirectCallIsTriedThreeTimesAndNeverWaitsOverAMinuteOrAfterNoAnswer() {
		assertThat(policy.retryCall(new Backoff(true), 1)).hasValue(Duration.ofSeconds(1));
		assertThat(policy.retryCall(new Backoff(false), 2)).hasValue(Duration.ofSeconds(2));
		assertThat(policy.retryCall(new Backoff(false), 3)).isEmpty();
		assertThat(policy.retryCall(new RetryAfter(Duration.ofSeconds(60)), 1)).hasValue(Duration.ofSeconds(60));
		assertThat(policy.retryCall(new RetryAfter(Duration.ofSeconds(61)), 1)).isEmpty();
		assertThat(policy.retryCall(new NoAnswer(), 1)).isEmpty();
		assertThat(policy.retryCall(new GiveUp(), 1)).isEmpty();
	}

	/** An error answer of the Bot API, as the client reports it. */
	private static TelegramApiRequestException error(int code, String description, Integer retryAfter) {
		var parameters = retryAfter == null ? null : new ResponseParameters(null, retryAfter);
		return new TelegramApiRequestException("Error executing method",
				new ApiResponse<>(false, code, description, parameters, null));
	}
}
