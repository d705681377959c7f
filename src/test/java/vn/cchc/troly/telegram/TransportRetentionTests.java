package vn.cchc.troly.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.troly.telegram.outbound.OutboxRows.State.FAILED;
import static vn.cchc.troly.telegram.outbound.OutboxRows.State.PENDING;
import static vn.cchc.troly.telegram.outbound.OutboxRows.State.SENT;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.cchc.troly.RepositoryTest;
import vn.cchc.troly.telegram.inbound.ReceivedUpdates;
import vn.cchc.troly.telegram.outbound.OutboxRows;
import vn.cchc.troly.telegram.outbound.OutboxStore;

/** Old transport rows go; anything still to handle or send, failures, and recent rows stay. */
@RepositoryTest
class TransportRetentionTests {

	private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

	@Autowired
	DataSource dataSource;

	JdbcClient jdbc;
	OutboxRows outbox;
	TransportRetention retention;

	@BeforeEach
	void setUp() {
		jdbc = JdbcClient.create(dataSource);
		outbox = new OutboxRows(dataSource);
		var clock = Clock.fixed(NOW, ZoneOffset.UTC);
		retention = new TransportRetention(new ReceivedUpdates(jdbc, clock),
				new OutboxStore(jdbc, clock), new RetentionSettings(Duration.ofDays(30)),
				clock);
	}

	@Test
	void handledUpdatesAndSentMessagesOlderThanTheRetentionArePurgedTheRestStays() {
		update(1, daysAgo(40), daysAgo(40));
		update(2, daysAgo(40), null);
		update(3, daysAgo(5), daysAgo(5));
		outbox.add(SENT, daysAgo(45), daysAgo(45));
		outbox.add(FAILED, daysAgo(45), null);
		outbox.add(PENDING, daysAgo(45), null);
		outbox.add(SENT, daysAgo(2), daysAgo(2));

		var purged = retention.purge();

		assertThat(purged).isEqualTo(new TransportRetention.Purged(1, 1));
		assertThat(jdbc.sql("select update_id from telegram_update order by update_id").query(Long.class).list())
			.containsExactly(2L, 3L);
		assertThat(outbox.states()).containsExactly(FAILED, PENDING, SENT);
	}

	private static OffsetDateTime daysAgo(int days) {
		return OffsetDateTime.ofInstant(NOW.minus(Duration.ofDays(days)), ZoneOffset.UTC);
	}

	private void update(long id, OffsetDateTime received, OffsetDateTime processed) {
		jdbc.sql("""
				insert into telegram_update (update_id, chat_id, user_id, received_at, processed_at, payload)
				values (:id, 1, 1, :received, :processed, '{}')
				""").param("id", id).param("received", received).param("processed", processed).update();
	}

}
