package vn.cchc.troly.telegram;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The table of updates received from Telegram, keyed by update_id. An update is recorded before it
 * is handled, so one that Telegram delivers again (the bot stopped before confirming it) is
 * recognised and not handled twice. Plain SQL: the natural key makes "insert unless present" the
 * whole job.
 */
@Component
class ReceivedUpdates {

	enum Outcome {
		HANDLED, FAILED
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	ReceivedUpdates(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records a new update; false when this update_id was received before. */
	boolean recordNew(int updateId, Long chatId, Long userId, String payload) {
		try {
			jdbc.sql("""
					insert into telegram_update (update_id, chat_id, user_id, received_at, payload)
					values (:updateId, :chatId, :userId, :receivedAt, :payload)
					""")
				.param("updateId", updateId).param("chatId", chatId).param("userId", userId)
				.param("receivedAt", now()).param("payload", payload).update();
			return true;
		}
		catch (DuplicateKeyException alreadyThere) {
			return false;
		}
	}

	void finished(int updateId, Outcome outcome) {
		jdbc.sql("update telegram_update set processed_at = :at, outcome = :outcome where update_id = :updateId")
			.param("at", now()).param("outcome", outcome.name()).param("updateId", updateId).update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}
}
