package vn.cchc.troly.telegram.inbound;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.Assert;

/**
 * Runs work in a savepoint of the transaction under way (PROPAGATION_NESTED), and makes a rollback
 * to it complete. Spring rolls back the savepoint's writes and clears the rollback-only mark a
 * failing {@code @Transactional} service set; but the transaction synchronizations registered
 * inside stay registered with the enclosing transaction, so after-commit event listeners (a
 * reminder's delivery, a new leader's command menu) and the outbox's wake-up would still run when
 * it commits, for events and rows that no longer exist. Here those are told that their work
 * rolled back ({@code afterCompletion(STATUS_ROLLED_BACK)}) and forgotten.
 */
final class SavepointScope implements TransactionOperations {

	private final TransactionTemplate nested;

	SavepointScope(PlatformTransactionManager transactions) {
		this.nested = new TransactionTemplate(transactions);
		this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	@Override
	public <T> T execute(TransactionCallback<T> action) {
		Assert.state(TransactionSynchronizationManager.isActualTransactionActive(),
				"a savepoint needs a transaction under way");
		var before = TransactionSynchronizationManager.getSynchronizations();
		try {
			return nested.execute(action);
		}
		catch (RuntimeException | Error e) {
			forgetRegisteredSince(before);
			throw e;
		}
	}

	private static void forgetRegisteredSince(List<TransactionSynchronization> before) {
		var kept = Collections.newSetFromMap(new IdentityHashMap<TransactionSynchronization, Boolean>());
		kept.addAll(before);
		var inside = new ArrayList<>(TransactionSynchronizationManager.getSynchronizations());
		inside.removeIf(kept::contains);
		if (inside.isEmpty()) {
			return;
		}
		// There is no way to unregister one synchronization: start the list again with the earlier ones.
		TransactionSynchronizationManager.clearSynchronization();
		TransactionSynchronizationManager.initSynchronization();
		before.forEach(TransactionSynchronizationManager::registerSynchronization);
		TransactionSynchronizationUtils.invokeAfterCompletion(inside, TransactionSynchronization.STATUS_ROLLED_BACK);
	}
}
