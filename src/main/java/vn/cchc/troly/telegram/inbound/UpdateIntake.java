package vn.cchc.troly.telegram.inbound;

import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

import vn.cchc.troly.telegram.TelegramSettings;

/**
 * Takes each batch from long polling on the polling thread; the next poll, which confirms the batch
 * to Telegram, waits until this returns. The batch is recorded (an update seen before is skipped)
 * and handled in one transaction, so nothing is confirmed that is not stored, and a batch costs one
 * commit (with H2's {@code WRITE_DELAY=0} a commit is a write to the file, and the largest share of
 * an update's garbage). Handling is by the {@link UpdateHandler}, from the store, in update_id
 * order: each update's domain writes, its replies (as outbox rows) and its mark as handled commit
 * together, so a crash at any moment leaves either all of them or none, and what was stored and not
 * handled is handled after the restart ({@link #processStored}) before anything newer. If that
 * transaction cannot commit, the batch is recorded in one of its own (if that fails too this
 * throws, and {@link TelegramPolling} asks Telegram for the batch again) and handled as a restart
 * would. A failing handler rolls back its own update only, is logged (never with the token), and the
 * user gets an apology; the next update goes on as usual.
 */
@Component
public class UpdateIntake implements LongPollingUpdateConsumer {

	private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);

	/** Stored updates handled in one transaction: as many as one getUpdates returns. */
	private static final int BATCH = 100;

	private final ReceivedUpdates received;
	private final UpdateHandler handler;
	private final TransactionTemplate transactions;
	private final TelegramSettings settings;
	private final ReentrantLock processing = new ReentrantLock();

	UpdateIntake(ReceivedUpdates received, UpdateHandler handler, TransactionTemplate transactions,
			TelegramSettings settings) {
		this.received = received;
		this.handler = handler;
		this.transactions = transactions;
		this.settings = settings;
	}

	@Override
	public void consume(List<Update> updates) {
		var inHand = byId(updates);
		processing.lock();
		try {
			transactions.executeWithoutResult(status -> {
				record(updates);
				handler.handleWithin(received.unprocessed(BATCH), inHand);
			});
		}
		catch (RuntimeException e) {
			log.warn("A batch of {} updates could not be recorded and handled at once; recording it first: {}",
					updates.size(), describe(e));
			store(updates);
		}
		finally {
			processing.unlock();
		}
		// What did not fit in one batch (a backlog a crash left, say), or what the fallback recorded.
		processStored(inHand);
	}

	/** Records the batch, all or nothing. */
	public void store(List<Update> updates) {
		transactions.executeWithoutResult(status -> record(updates));
	}

	/** Records the updates not received before, in the transaction under way. */
	private void record(List<Update> updates) {
		for (var update : updates) {
			var fresh = received.recordNew(update);
			if (!fresh) {
				log.info("Update {} was received before; it is not handled again", update.getUpdateId());
			}
		}
	}

	/**
	 * Handles every stored update not yet handled, oldest first; one caller at a time (the polling
	 * thread, and the start-up that handles what a crash left).
	 */
	public void processStored() {
		processStored(Map.of());
	}

	/** The same, reading the updates just received from these objects rather than from their stored JSON. */
	private void processStored(Map<Integer, Update> inHand) {
		processing.lock();
		try {
			while (true) {
				var batch = received.unprocessed(BATCH);
				if (batch.isEmpty()) {
					return;
				}
				handler.handle(batch, inHand);
			}
		}
		catch (RuntimeException e) {
			// The database is away: the rows stay and are handled with the next batch or start.
			log.error("Stored updates could not be handled now: {}", describe(e));
		}
		finally {
			processing.unlock();
		}
	}

	private static Map<Integer, Update> byId(List<Update> updates) {
		return updates.stream().collect(Collectors.toMap(Update::getUpdateId, Function.identity(), (a, b) -> a));
	}

	private String describe(Throwable e) {
		return settings.redact(String.valueOf(e));
	}
}
