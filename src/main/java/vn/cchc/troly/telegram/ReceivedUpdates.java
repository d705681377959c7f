package vn.cchc.troly.telegram;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The table of updates received from Telegram, keyed by update_id: the durable inbox. A batch is
 * recorded before its offset is confirmed to Telegram; an update Telegram delivers again is
 * recognised and not recorded twice; rows without {@code processed_at} are still to be handled,
 * in update_id order (the order Telegram gave them, so the order within each chat).
 */
@Component
class ReceivedUpdates {

	enum Outcome {
		HANDLED, FAILED
	}

	/** A recorded update not yet handled. */
	record Stored(int updateId, String payload) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	ReceivedUpdates(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records a new update; false when this update_id was received before. Only the polling thread
	 * records, so looking first is enough (and keeps a PostgreSQL transaction from aborting on a
	 * duplicate key).
	 */
	boolean recordNew(int updateId, Long chatId, Long userId, String payload) {
		var known = jdbc.sql("select count(*) from telegram_update where update_id = :updateId")
			.param("updateId", updateId).query(Integer.class).single() > 0;
		if (known) {
			return false;
		}
		jdbc.sql("""
				insert into telegram_update (update_id, chat_id, user_id, received_at, payload)
				values (:updateId, :chatId, :userId, :receivedAt, :payload)
				""")
			.param("updateId", updateId).param("chatId", chatId).param("userId", userId)
			.param("receivedAt", now()).param("payload", payload).update();
		return true;
	}

	/** The oldest updates not yet handled, in update_id order. */
	List<Stored> unprocessed(int limit) {
		return jdbc.sql("""
				select update_id, payload from telegram_update
				where processed_at is null
				order by update_id
				limit :limit
				""").param("limit", limit)
			.query((rs, n) -> new Stored(rs.getInt("update_id"), rs.getString("payload"))).list();
	}

	void finished(int updateId, Outcome outcome) {
		jdbc.sql("update telegram_update set processed_at = :at, outcome = :outcome where update_id = :updateId")
			.param("at", now()).param("outcome", outcome.name()).param("updateId", updateId).update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}
}
