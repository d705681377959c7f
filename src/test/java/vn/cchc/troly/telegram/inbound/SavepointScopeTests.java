package vn.cchc.troly.telegram.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cchc.troly.RepositoryTest;

/**
 * What the batch handling relies on, checked rather than assumed: a {@code @Transactional} service
 * (propagation REQUIRED) failing inside a savepoint rolls back the savepoint alone and the enclosing
 * transaction still commits; a handler that swallows the failure does not keep the savepoint's
 * writes; and work registered to run after the commit from inside a rolled-back savepoint never runs.
 */
@RepositoryTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import(SavepointScopeTests.Writer.class)
class SavepointScopeTests {

	@Autowired
	Writer writer;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	PlatformTransactionManager transactions;

	SavepointScope savepoint;
	TransactionTemplate transaction;

	@BeforeEach
	void clean() {
		savepoint = new SavepointScope(transactions);
		transaction = new TransactionTemplate(transactions);
		jdbc.sql("delete from telegram_start_failure").update();
	}

	@Test
	void aServiceFailingInsideTheSavepointRollsBackItAloneAndTheTransactionCommits() {
		transaction.executeWithoutResult(status -> {
			writer.write(1);
			assertThatThrownBy(() -> savepoint.executeWithoutResult(inside -> {
				writer.write(2);
				writer.writeThenFail(3);
			})).hasMessage("broken");
			writer.write(4);
		});

		assertThat(written()).containsExactly(1L, 4L);
	}

	@Test
	void aHandlerSwallowingTheServicesFailureStillLosesTheSavepointsWrites() {
		transaction.executeWithoutResult(status -> {
			writer.write(1);
			assertThatThrownBy(() -> savepoint.executeWithoutResult(inside -> {
				writer.write(2);
				try {
					writer.writeThenFail(3);
				}
				catch (IllegalStateException ignored) {
					// a careless handler
				}
			})).isInstanceOf(UnexpectedRollbackException.class);
			writer.write(4);
		});

		assertThat(written()).containsExactly(1L, 4L);
	}

	@Test
	void workForAfterTheCommitRegisteredInARolledBackSavepointNeverRuns() {
		var seen = new CopyOnWriteArrayList<String>();
		transaction.executeWithoutResult(status -> {
			savepoint.executeWithoutResult(inside -> afterCommit("kept savepoint", seen));
			assertThatThrownBy(() -> savepoint.executeWithoutResult(inside -> {
				afterCommit("rolled-back savepoint", seen);
				writer.writeThenFail(1);
			})).hasMessage("broken");
			afterCommit("transaction", seen);
		});

		assertThat(seen).containsExactlyInAnyOrder("rolled-back savepoint: rolled back", "kept savepoint: committed",
				"transaction: committed");
	}

	private static void afterCommit(String name, List<String> seen) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				seen.add(name + ": committed");
			}

			@Override
			public void afterCompletion(int status) {
				if (status == STATUS_ROLLED_BACK) {
					seen.add(name + ": rolled back");
				}
			}
		});
	}

	private List<Long> written() {
		return jdbc.sql("select user_id from telegram_start_failure order by user_id").query(Long.class).list();
	}

	/** A service as the handlers call them: it joins the transaction under way. */
	@Component
	static class Writer {

		private final JdbcClient jdbc;

		Writer(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Transactional
		public void write(long n) {
			jdbc.sql("insert into telegram_start_failure (user_id, failed_at) values (:n, :at)").param("n", n)
				.param("at", OffsetDateTime.of(2024, 6, 14, 9, 0, 0, 0, ZoneOffset.UTC)).update();
		}

		@Transactional
		public void writeThenFail(long n) {
			write(n);
			throw new IllegalStateException("broken");
		}
	}
}
