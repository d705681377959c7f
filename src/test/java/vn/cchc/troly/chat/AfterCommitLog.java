package vn.cchc.troly.chat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work the test commands leave to run after their transaction commits (as the outbox's wake-up and
 * after-commit event listeners do), and a commit failure they can cause; the ids of the updates
 * whose work ran, in order.
 */
public class AfterCommitLog {

	private final List<Integer> ran = new CopyOnWriteArrayList<>();
	private final AtomicBoolean failNextCommit = new AtomicBoolean();

	public void register(ChatRequest request) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				ran.add(request.updateId());
			}
		});
	}

	/** The next commit of a transaction in which /hong_ghi runs fails. */
	public void failNextCommit() {
		failNextCommit.set(true);
	}

	public void failCommitIfAsked() {
		if (failNextCommit.compareAndSet(true, false)) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					throw new IllegalStateException("the database refused the commit (a test's fault)");
				}
			});
		}
	}

	/** The updates whose after-commit work ran. */
	public List<Integer> ran() {
		return List.copyOf(ran);
	}
}
