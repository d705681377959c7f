package vn.cchc.troly.telegram.outbound;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import vn.cchc.troly.telegram.TelegramSettings;

/**
 * Drains the {@link Outbox}: one loop picks, for every chat, its oldest pending message (so a
 * chat's messages arrive in order and never two at once), waits for {@link SendPacing} to allow
 * it, and hands it to a small pool of senders. A retry is scheduled after the wait the failure
 * asks for (retry_after) or a doubling backoff; after the last attempt, or when Telegram refuses,
 * the row is FAILED and shows in /loigui. Only runs when a token is set; what was pending at a
 * crash is sent after the restart.
 * <p>
 * A row is marked SENT right after Telegram accepts it. A crash between the two, or an attempt
 * that timed out after Telegram took it, sends that one message again: counted per row in
 * {@code uncertain_attempts} (docs/reliability.md).
 */
@Component
class OutboxDispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
	private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(5);

	private final Outbox outbox;
	private final TelegramSender sender;
	private final TelegramSettings telegram;
	private final DeliverySettings settings;
	private final SendPacing pacing;

	private final ReentrantLock lock = new ReentrantLock();
	private final Condition changed = lock.newCondition();
	// Guarded by lock.
	private final Set<Long> busyChats = new HashSet<>();
	private final Map<Long, SendPacing.Slot> slots = new HashMap<>();
	private final Map<Long, Long> retryAt = new HashMap<>();
	private boolean dirty = true;
	private volatile boolean running;

	private Thread loop;
	private ExecutorService senders;
	private final AtomicInteger senderNumber = new AtomicInteger();

	OutboxDispatcher(Outbox outbox, TelegramSender sender, TelegramSettings telegram, DeliverySettings settings) {
		this.outbox = outbox;
		this.sender = sender;
		this.telegram = telegram;
		this.settings = settings;
		this.pacing = new SendPacing(settings);
		outbox.whenWritten(this::wake);
	}

	@Override
	public void start() {
		if (!telegram.hasToken() || running) {
			return;
		}
		var interrupted = outbox.interrupted();
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
		wake();
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

	void wake() {
		lock.lock();
		try {
			dirty = true;
			changed.signalAll();
		}
		finally {
			lock.unlock();
		}
	}

	private void run() {
		while (running) {
			try {
				var sleep = dispatchOnce();
				lock.lock();
				try {
					if (!dirty && running) {
						changed.awaitNanos(sleep);
					}
				}
				finally {
					lock.unlock();
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException e) {
				// The database may be away for a moment; the rows wait for it.
				log.error("The outbox could not be read: {}", telegram.redact(String.valueOf(e)));
				lock.lock();
				try {
					changed.await(1, TimeUnit.SECONDS);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
				finally {
					lock.unlock();
				}
			}
		}
	}

	/** Starts every message that may go now; returns how long to wait before looking again. */
	private long dispatchOnce() {
		lock.lock();
		try {
			dirty = false;
		}
		finally {
			lock.unlock();
		}
		var heads = outbox.pendingHeads(1000);
		var sleep = IDLE_NANOS;
		for (var head : heads) {
			var now = System.nanoTime();
			lock.lock();
			try {
				if (busyChats.contains(head.chatId())) {
					continue;
				}
				var due = retryAt.get(head.id());
				if (due != null && due - now > 0) {
					sleep = Math.min(sleep, due - now);
					continue;
				}
				// Only as many as there are senders: a send starts the moment its slot is taken.
				if (busyChats.size() >= Math.max(1, settings.senders())) {
					break;
				}
				if (!Outbox.ANSWER.equals(head.method())) {
					var slot = pacing.reserve(head.chatId(), now);
					if (slot == null) {
						sleep = Math.min(sleep, pacing.waitAt(head.chatId(), now));
						continue;
					}
					slots.put(head.id(), slot);
				}
				busyChats.add(head.chatId());
			}
			finally {
				lock.unlock();
			}
			senders.execute(() -> send(head));
		}
		return Math.max(sleep, TimeUnit.MILLISECONDS.toNanos(1));
	}

	private void send(Outbox.Head head) {
		Duration retryIn = null;
		try {
			var message = outbox.load(head.id()).orElse(null);
			if (message == null) {
				return;
			}
			var attempt = message.attempts() + 1;
			outbox.sending(message.id());
			var outcome = sender.transmit(message, settings.backoffAfter(attempt));
			if (outcome instanceof TelegramSender.Sent sent) {
				outbox.sent(message.id(), sent.messageId());
			}
			else if (outcome instanceof TelegramSender.Retry retry) {
				var giveUp = attempt >= settings.attempts();
				outbox.attemptFailed(message.id(), retry.error(), retry.uncertain(), giveUp);
				if (giveUp) {
					log.error("{} to chat {} failed after {} attempts: {}", message.method(), message.chatId(), attempt,
							retry.error());
				}
				else {
					log.warn("{} to chat {} failed ({}); attempt {} of {} in {} ms", message.method(), message.chatId(),
							retry.error(), attempt + 1, settings.attempts(), retry.after().toMillis());
					retryIn = retry.after();
				}
			}
			else if (outcome instanceof TelegramSender.Refused refused) {
				outbox.attemptFailed(message.id(), refused.error(), false, true);
				log.error("{} to chat {} was refused: {}", message.method(), message.chatId(), refused.error());
			}
		}
		catch (RuntimeException e) {
			log.error("Outbox message {} could not be handled: {}", head.id(), telegram.redact(String.valueOf(e)));
			retryIn = settings.backoff();
		}
		finally {
			lock.lock();
			try {
				busyChats.remove(head.chatId());
				var slot = slots.remove(head.id());
				if (slot != null) {
					slot.done(System.nanoTime());
				}
				if (retryIn != null) {
					retryAt.put(head.id(), System.nanoTime() + retryIn.toNanos());
				}
				else {
					retryAt.remove(head.id());
				}
				dirty = true;
				changed.signalAll();
			}
			finally {
				lock.unlock();
			}
		}
	}
}
