package vn.cchc.troly.telegram.outbound;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.stereotype.Component;

/**
 * Which outbox messages may go now: for every chat only its oldest pending message (so a chat's
 * messages arrive in order), never two to one chat at once, no more at once than there are
 * senders, none before its retry is due, and none before {@link SendPacing} has a slot for it.
 * A message taken holds its chat and its slot until {@link #finished}. Woken when messages are
 * written ({@link OutboxStore#whenWritten}) or one finished; thread-safe. Times are monotonic
 * nanoseconds.
 */
@Component
class OutboxQueue {

	/** With nothing due, look at the table again after this long anyway. */
	static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(5);
	/** Pending chats looked at per round; a larger backlog is reached as these drain. */
	private static final int HEADS = 1000;

	/** Messages to send now, and how long to wait before looking again if nothing changes. */
	record Ready(List<OutboxStore.Head> messages, long waitNanos) {
	}

	private final OutboxStore store;
	private final SendPacing pacing;
	private final int senders;
	/** Slots of the bot's second other messages leave to answers while answers are being sent. */
	private final int headroom;

	private final ReentrantLock lock = new ReentrantLock();
	private final Condition changed = lock.newCondition();
	// Guarded by lock.
	private final Set<Long> busyChats = new HashSet<>();
	private final Map<Long, SendPacing.Slot> slots = new HashMap<>();
	private final Map<Long, Long> retryAt = new HashMap<>();
	private boolean dirty = true;
	private long lastAnswer;
	private boolean answered;

	OutboxQueue(OutboxStore store, DeliverySettings settings) {
		this.store = store;
		this.pacing = new SendPacing(settings);
		this.senders = Math.max(1, settings.senders());
		this.headroom = Math.max(1, settings.perSecond() / 10);
		store.whenWritten(this::wake);
	}

	/** The messages that may be sent now, each now holding its chat (and pacing slot) until {@link #finished}. */
	Ready take() {
		lock.lock();
		try {
			dirty = false;
		}
		finally {
			lock.unlock();
		}
		var ready = new ArrayList<OutboxStore.Head>();
		var wait = IDLE_NANOS;
		for (var head : store.pendingHeads(HEADS)) {
			var now = System.nanoTime();
			lock.lock();
			try {
				if (busyChats.contains(head.chatId())) {
					continue;
				}
				var due = retryAt.get(head.id());
				if (due != null && due - now > 0) {
					wait = Math.min(wait, due - now);
					continue;
				}
				// Only as many as there are senders: a send starts the moment its slot is taken.
				if (busyChats.size() >= senders) {
					break;
				}
				if (OutgoingMessage.paced(head.method())) {
					// While people are being answered, other messages (summaries, reminders) leave a tenth of
					// the bot's second free, so an answer finds a slot instead of waiting for one: at Friday
					// 16:00 answers otherwise waited up to a second behind the summaries (docs/performance.md).
					// With nobody answered within the window, a wave uses all of it.
					if (!head.answer() && answered && now - lastAnswer < pacing.second()
							&& pacing.freeNow(now) <= headroom) {
						wait = Math.min(wait, pacing.second() / Math.max(1, headroom * 10));
						continue;
					}
					var slot = pacing.reserve(head.chatId(), now);
					if (slot == null) {
						wait = Math.min(wait, pacing.waitAt(head.chatId(), now));
						continue;
					}
					slots.put(head.id(), slot);
					if (head.answer()) {
						answered = true;
						lastAnswer = now;
					}
				}
				busyChats.add(head.chatId());
				ready.add(head);
			}
			finally {
				lock.unlock();
			}
		}
		return new Ready(ready, Math.max(wait, TimeUnit.MILLISECONDS.toNanos(1)));
	}

	/**
	 * The call for the message was answered (or failed): its chat is free, its pacing slot counts
	 * from now, and, when it is to be tried again, it waits {@code retryIn} first.
	 */
	void finished(OutboxStore.Head head, Duration retryIn) {
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

	/** Something changed (messages written, a stop): whoever waits looks again. */
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

	/** Waits up to the time unless something changed since the last {@link #take}. */
	void awaitChange(long nanos) throws InterruptedException {
		lock.lock();
		try {
			if (!dirty) {
				changed.awaitNanos(nanos);
			}
		}
		finally {
			lock.unlock();
		}
	}

	/** Waits up to the time or until woken, whatever changed before (after a failure, not to spin). */
	void pause(Duration duration) throws InterruptedException {
		lock.lock();
		try {
			changed.await(duration.toNanos(), TimeUnit.NANOSECONDS);
		}
		finally {
			lock.unlock();
		}
	}
}
