package vn.cchc.troly.telegram.outbound;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import vn.cchc.troly.telegram.TelegramSettings;

/**
 * Drains the outbox: one loop takes what the {@link OutboxQueue} says may go now and hands each
 * message to a small pool of senders; each attempt's end is recorded in the {@link OutboxStore},
 * and the {@link RetryPolicy} says whether and when the message is tried again. After the last
 * attempt, or when Telegram refuses, the message is FAILED and shows in /loigui. Only runs when a
 * token is set; what was pending at a crash is sent after the restart.
 * <p>
 * A message is marked SENT right after Telegram accepts it. A crash between the two, or an attempt
 * that timed out after Telegram took it, sends that one message again: counted per message in
 * {@code uncertain_attempts} and said in the message ({@link TelegramReplies#asSent}).
 */
@Component
class OutboxDispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

	private final OutboxStore store;
	private final OutboxQueue queue;
	private final TelegramReplies replies;
	private final TelegramSender sender;
	private final RetryPolicy retries;
	private final TelegramSettings telegram;
	private final DeliverySettings settings;

	private volatile boolean running;
	private Thread loop;
	private ExecutorService senders;
	private final AtomicInteger senderNumber = new AtomicInteger();

	OutboxDispatcher(OutboxStore store, OutboxQueue queue, TelegramReplies replies, TelegramSender sender,
			RetryPolicy retries, TelegramSettings telegram, DeliverySettings settings) {
		this.store = store;
		this.queue = queue;
		this.replies = replies;
		this.sender = sender;
		this.retries = retries;
		this.telegram = telegram;
		this.settings = settings;
	}

	@Override
	public void start() {
		if (!telegram.hasToken() || running) {
			return;
		}
		var interrupted = store.interrupted();
		if (interrupted > 0) {
			log.warn("{} message(s) were being sent when the application stopped; they are sent again "
					+ "(Telegram may have taken them already)", interrupted);
		}
		running = true;
		senders = Executors.newFixedThreadPool(Math.max(1, settings.senders()), runnable -> {
			var thread = new Thread(runnable, "telegram-sender-" + senderNumber.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		loop = new Thread(this::run, "telegram-outbox");
		loop.setDaemon(true);
		loop.start();
	}

	@Override
	public void stop() {
		if (!running) {
			return;
		}
		running = false;
		queue.wake();
		try {
			loop.join(TimeUnit.SECONDS.toMillis(5));
			senders.shutdown();
			senders.awaitTermination(telegram.requestTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		senders.shutdownNow();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Stops after the polling (which writes replies) and before the database goes. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 1024;
	}

	private void run() {
		while (running) {
			try {
				var ready = queue.take();
				ready.messages().forEach(head -> senders.execute(() -> send(head)));
				if (running) {
					queue.awaitChange(ready.waitNanos());
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException e) {
				// The database may be away for a moment; the messages wait for it.
				log.error("The outbox could not be read: {}", telegram.redact(String.valueOf(e)));
				try {
					queue.pause(Duration.ofSeconds(1));
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	/** One attempt at the message; its end recorded, and the queue told when to try again, if ever. */
	private void send(OutboxStore.Head head) {
		Duration retryIn = null;
		try {
			var message = store.load(head.id()).map(replies::asSent).orElse(null);
			if (message == null) {
				return;
			}
			var attempt = message.attempts() + 1;
			store.sending(message.id());
			var result = sender.transmit(message);
			if (result.outcome() instanceof RetryPolicy.Ok) {
				store.sent(message.id(), result.messageId());
				forget(message);
				return;
			}
			var retry = retries.retryMessage(result.outcome(), attempt);
			store.attemptFailed(message.id(), result.error(), result.outcome().uncertain(), retry.isEmpty());
			if (retry.isEmpty()) {
				forget(message);
			}
			if (retry.isPresent()) {
				retryIn = retry.get();
				log.warn("{} to chat {} failed ({}); attempt {} of {} in {} ms", message.method(), message.chatId(),
						result.error(), attempt + 1, retries.messageAttempts(), retryIn.toMillis());
			}
			else if (result.outcome() instanceof RetryPolicy.GiveUp) {
				log.error("{} to chat {} was refused: {}", message.method(), message.chatId(), result.error());
			}
			else {
				log.error("{} to chat {} failed after {} attempts: {}", message.method(), message.chatId(), attempt,
						result.error());
			}
		}
		catch (RuntimeException e) {
			log.error("Outbox message {} could not be handled: {}", head.id(), telegram.redact(String.valueOf(e)));
			retryIn = retries.backoffAfter(1);
		}
		finally {
			queue.finished(head, retryIn);
		}
	}

	/** A file sent from disk is the outbox's once written: gone once Telegram took it or it was given up. */
	private static void forget(OutboxMessage message) {
		if (message.filePath() == null) {
			return;
		}
		try {
			Files.deleteIfExists(Path.of(message.filePath()));
		}
		catch (IOException e) {
			log.warn("Could not delete {} after sending it: {}", message.filePath(), e.toString());
		}
	}
}
