package vn.cchc.troly.telegram.inbound;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.Update;

import vn.cchc.troly.chat.Assistant;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.telegram.Redacted;
import vn.cchc.troly.telegram.TelegramSettings;
import vn.cchc.troly.telegram.outbound.TelegramTransport;

/**
 * Handles a batch of stored updates in one transaction, so the batch costs one commit (with H2's
 * {@code WRITE_DELAY=0}, a commit is a write to the file, the largest cost of an update that is
 * not the bot's own work). Each update runs in a savepoint of its own, in update_id order: its
 * domain writes, its replies (outbox rows) and its mark as handled. An update that fails rolls
 * back to its savepoint alone; it is then marked FAILED and the user gets an apology, in the same
 * transaction, and the next update goes on. Failing includes an Error a handler throws (a stack
 * overflow on a pathological text, a class that cannot load), as a servlet container treats one;
 * only the JVM's own distress (out of memory) ends the batch. If the batch cannot be committed, nothing of it is
 * kept, and each of its updates is handled again in a transaction of its own.
 */
@Component
class UpdateHandler {

	private static final Logger log = LoggerFactory.getLogger(UpdateHandler.class);

	private final ReceivedUpdates received;
	private final ChatRequests requests;
	private final Assistant assistant;
	private final TelegramTransport transport;
	private final TransactionTemplate transaction;
	private final SavepointScope savepoint;
	private final TelegramSettings settings;

	UpdateHandler(ReceivedUpdates received, ChatRequests requests, Assistant assistant, TelegramTransport transport,
			PlatformTransactionManager transactions, TelegramSettings settings) {
		this.received = received;
		this.requests = requests;
		this.assistant = assistant;
		this.transport = transport;
		this.transaction = new TransactionTemplate(transactions);
		this.savepoint = new SavepointScope(transactions);
		this.settings = settings;
	}

	/**
	 * Handles the stored updates, oldest first. {@code inHand}: updates just received, by id, read
	 * from these objects rather than again from their stored JSON.
	 */
	void handle(List<ReceivedUpdates.Stored> batch, Map<Integer, Update> inHand) {
		try {
			transaction.executeWithoutResult(status -> handleWithin(batch, inHand));
		}
		catch (RuntimeException e) {
			log.warn("A batch of {} updates could not be committed; handling each on its own: {}", batch.size(),
					describe(e));
			batch.forEach(stored -> handle(stored, inHand, transaction));
		}
	}

	/**
	 * Handles the stored updates in the transaction under way, each in a savepoint of its own; if the
	 * transaction then cannot commit, none of it is kept and the caller handles the updates again.
	 */
	void handleWithin(List<ReceivedUpdates.Stored> batch, Map<Integer, Update> inHand) {
		batch.forEach(stored -> handle(stored, inHand, savepoint));
	}

	/**
	 * The update in the scope (a savepoint of the batch, or a transaction of its own): its replies
	 * and its mark as handled, or, if anything fails, none of what it did but its mark as failed and
	 * an apology.
	 */
	private void handle(ReceivedUpdates.Stored stored, Map<Integer, Update> inHand, TransactionOperations scope) {
		ChatRequest request = null;
		try {
			request = requests.from(read(stored, inHand));
			var asked = request;
			scope.executeWithoutResult(status -> {
				if (asked != null) {
					transport.reply(asked, assistant.answer(asked, TelegramTransport.CAPABILITIES));
				}
				received.finished(stored.updateId(), ReceivedUpdates.Outcome.HANDLED);
			});
		}
		catch (RuntimeException | Error e) {
			if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
				// Out of memory, say: nothing this update did can be trusted to go on.
				throw e;
			}
			log.error("Update {} failed: {}", stored.updateId(), describe(e), Redacted.copy(e, settings));
			var asked = request;
			transaction.executeWithoutResult(status -> {
				received.finished(stored.updateId(), ReceivedUpdates.Outcome.FAILED);
				if (asked != null) {
					transport.reply(asked, Reply.text("telegram.error.apology"));
				}
			});
		}
	}

	private Update read(ReceivedUpdates.Stored stored, Map<Integer, Update> inHand) {
		var update = inHand.get(stored.updateId());
		return update != null ? update : received.update(stored);
	}

	private String describe(Throwable e) {
		return settings.redact(String.valueOf(e));
	}
}
