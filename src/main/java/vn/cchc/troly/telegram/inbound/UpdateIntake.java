package vn.cchc.troly.telegram.inbound;

import java.util.List;
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
 * to Telegram, waits until this returns. First the whole batch is recorded in one transaction (an
 * update seen before is skipped), so nothing is confirmed that is not stored; if that fails this
 * throws, and {@link TelegramPolling} asks Telegram for the batch again. Then every stored update
 * not yet handled is handled from the store, in update_id order, by the {@link UpdateHandler}: a
 * batch in one transaction that holds each update's domain writes, its replies (as outbox rows) and
 * its mark as handled, so a crash at any moment leaves either all of them or none, and what was
 * stored and not handled is handled after the restart ({@link #processStored}) before anything
 * newer. A failing handler rolls back its own update only, is logged (never with the token), and the
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
		store(updates);
		processStored(updates);
	}

	/** Records the batch, all or nothing. */
	public void store(List<Update> updates) {
		transactions.executeWithoutResult(status -> {
			for (var update : updates) {
				var fresh = received.recordNew(update);
				if (!fresh) {
					log.info("Update {} was received before; it is not handled again", update.getUpdateId());
				}
			}
		});
	}

	/**
	 * Handles every stored update not yet handled, oldest first; one caller at a time (the polling
	 * thread, and the start-up that handles what a crash left).
	 */
	public void processStored() {
		processStored(List.of());
	}

	/** The same, reading the updates just received from these objects rather than from their stored JSON. */
	private void processStored(List<Update> justReceived) {
		var inHand = justReceived.stream().collect(Collectors.toMap(Update::getUpdateId, Function.identity(), (a, b) -> a));
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

	private String describe(Throwable e) {
		return settings.redact(String.valueOf(e));
	}
}
