package vn.cchc.troly.people;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The officials read in the transaction under way, so that a chat update's access check, its
 * handler and the progress rules load the official once (the aggregate is three queries, and was
 * read three times an update). Everything kept is forgotten at every write to an official, at every
 * savepoint (the bot handles each update of a batch in a savepoint of its own, so nothing read for
 * one update serves the next), when a savepoint is rolled back, and when the transaction ends.
 * Outside a transaction nothing is kept.
 * <p>
 * Only {@link PeopleManagement} writes officials, and it calls {@link #forget()} when it does; a
 * write by other means within the same transaction would not be seen here.
 */
final class OfficialsReadInTransaction {

	private final OfficialRepository officials;

	OfficialsReadInTransaction(OfficialRepository officials) {
		this.officials = officials;
	}

	Optional<Official> byId(long id) {
		return read(id, read -> read.byId, officials::findById);
	}

	Optional<Official> byTelegramUser(long telegramUserId) {
		return read(telegramUserId, read -> read.byTelegramUser, officials::findByTelegramUserId);
	}

	/** What this transaction read under the key, or read now and kept (under both keys when found). */
	private Optional<Official> read(long key, Function<Read, Map<Long, Optional<Official>>> kept,
			Function<Long, Optional<Official>> load) {
		var read = current();
		if (read == null) {
			return load.apply(key);
		}
		var official = kept.apply(read).get(key);
		if (official == null) {
			official = load.apply(key);
			read.keep(official);
			kept.apply(read).put(key, official);
		}
		return official;
	}

	/** An official was written: nothing read before may be served again. */
	void forget() {
		if (TransactionSynchronizationManager.getResource(this) instanceof Read read) {
			read.clear();
		}
	}

	/** What this transaction read so far; null outside a transaction. */
	private Read current() {
		if (!TransactionSynchronizationManager.isActualTransactionActive()
				|| !TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		if (TransactionSynchronizationManager.getResource(this) instanceof Read read) {
			return read;
		}
		var read = new Read(this);
		TransactionSynchronizationManager.bindResource(this, read);
		TransactionSynchronizationManager.registerSynchronization(read);
		return read;
	}

	/** The officials read, by id and by Telegram user (empty for "no such official"), and when to forget them. */
	private static final class Read implements TransactionSynchronization {

		private final Object key;
		private final Map<Long, Optional<Official>> byId = new HashMap<>();
		private final Map<Long, Optional<Official>> byTelegramUser = new HashMap<>();
		Read(Object key) {
			this.key = key;
		}

		/** An official found is kept under both keys: the access rule asks by Telegram user, progress by id. */
		void keep(Optional<Official> found) {
			found.ifPresent(official -> {
				byId.put(official.id(), found);
				byTelegramUser.put(official.telegramUserId(), found);
			});
		}

		void clear() {
			byId.clear();
			byTelegramUser.clear();
		}

		/** A transaction of its own inside this one (REQUIRES_NEW) reads for itself. */
		@Override
		public void suspend() {
			TransactionSynchronizationManager.unbindResourceIfPossible(key);
		}

		@Override
		public void resume() {
			TransactionSynchronizationManager.bindResource(key, this);
		}

		@Override
		public void savepoint(Object savepoint) {
			clear();
		}

		@Override
		public void savepointRollback(Object savepoint) {
			clear();
		}

		@Override
		public void afterCompletion(int status) {
			clear();
			TransactionSynchronizationManager.unbindResourceIfPossible(key);
		}
	}
}
