package vn.cchc.troly.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits, in tests, for what the bot does on a {@link BotApiServer}. Each wait reads the server's
 * read-only views again whenever the server reports a change, so it ends the moment the bot has
 * acted (no polling interval, no sleep), and fails with an AssertionError that lists the bot's
 * requests so far when the bot did not act in time.
 * <pre>
 * var probe = new BotApiServerProbe(telegram);
 * var reply = probe.awaitReply(telegram.users().sends(an, "/viec"), WAIT);
 * var press = telegram.users().presses(an, reply, reply.buttonData().get(0));
 * assertThat(probe.callbackAnswer(press, WAIT)).isPresent();
 * probe.awaitConfirmed(press, WAIT);
 * </pre>
 */
public final class BotApiServerProbe {

	private final BotApiServer server;

	public BotApiServerProbe(BotApiServer server) {
		this.server = server;
	}

	/** Waits for a request of the method (any case) that matches, made at any time so far. */
	public ApiRequest awaitRequest(String method, Predicate<ApiRequest> matching, Duration timeout) {
		return await(() -> server.requests().stream().filter(r -> r.is(method) && matching.test(r)).findFirst()
			.orElse(null), timeout, "a " + method + " request");
	}

	/** Waits for a bot message in the chat that matches, posted at any time so far. */
	public BotMessage awaitMessageTo(long chatId, Predicate<BotMessage> matching, Duration timeout) {
		return await(() -> server.messagesIn(chatId).stream().filter(matching).findFirst().orElse(null), timeout,
				"a bot message in chat " + chatId);
	}

	/** Waits for the first bot message in the update's chat posted after the update. */
	public BotMessage awaitReply(SentUpdate update, Duration timeout) {
		return awaitMessageTo(update.chatId(), m -> m.messageId() > update.messageId(), timeout);
	}

	/** Waits for {@code count} bot messages in the update's chat posted after the update. */
	public List<BotMessage> awaitReplies(SentUpdate update, int count, Duration timeout) {
		return await(() -> {
			var after = server.messagesIn(update.chatId()).stream().filter(m -> m.messageId() > update.messageId())
				.toList();
			return after.size() >= count ? after : null;
		}, timeout, count + " bot messages in chat " + update.chatId());
	}

	/**
	 * Waits until the bot confirmed the update: it polled again with a higher offset after the
	 * update was queued. The bot handles a batch before it polls again, so by then it is done.
	 */
	public void awaitConfirmed(SentUpdate update, Duration timeout) {
		await(() -> server.requests().stream()
			.filter(r -> r.sequence() > update.deliveredAfter() && r.is("getUpdates") && r.param("offset") != null
					&& Long.parseLong(r.param("offset")) > update.updateId())
			.findFirst().orElse(null), timeout, "confirmation of update " + update.updateId());
	}

	/** Waits for the bot's answerCallbackQuery to a button press; empty when it did not answer in time. */
	public Optional<ApiRequest> callbackAnswer(SentUpdate press, Duration timeout) {
		return Optional.ofNullable(poll(() -> server.callbackAnswer(press).orElse(null), timeout));
	}

	/**
	 * Waits until the condition answers (not null), asking again whenever the server's state
	 * changes; the condition may read the server's views.
	 */
	public <T> T await(Supplier<T> condition, Duration timeout, String what) {
		var found = poll(condition, timeout);
		if (found == null) {
			throw new AssertionError("waited " + timeout.toMillis() + " ms for " + what + "; requests so far:\n"
					+ describe(server.requests()));
		}
		return found;
	}

	/** The condition's answer, or null when it gave none within the timeout. */
	private <T> T poll(Supplier<T> condition, Duration timeout) {
		var changes = new Semaphore(0);
		var deadline = System.nanoTime() + timeout.toNanos();
		try (var listening = server.onChange(changes::release)) {
			while (true) {
				// Changes from now on wake the wait below, even those made while the condition reads.
				changes.drainPermits();
				var found = condition.get();
				var remaining = deadline - System.nanoTime();
				if (found != null || remaining <= 0) {
					return found;
				}
				changes.tryAcquire(remaining, TimeUnit.NANOSECONDS);
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted while waiting", e);
		}
	}

	private static String describe(List<ApiRequest> requests) {
		var text = new StringBuilder();
		requests.stream().filter(r -> !r.is("getUpdates")).forEach(r -> text.append("  ").append(r.method())
			.append(' ').append(r.params()).append('\n'));
		return text.toString();
	}
}
