package vn.cchc.troly.telegram.inbound;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.Update;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The table of updates received from Telegram, keyed by update_id: the durable inbox. A batch is
 * recorded before its offset is confirmed to Telegram; an update Telegram delivers again is
 * recognised and not recorded twice; rows without {@code processed_at} are still to be handled,
 * in update_id order (the order Telegram gave them, so the order within each chat).
 */
@Component
public class ReceivedUpdates {

	enum Outcome {
		HANDLED, FAILED
	}

	/** A recorded update not yet handled, as Telegram sent it (its JSON). */
	record Stored(int updateId, String payload) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;
	private final ObjectMapper json = new ObjectMapper();

	public ReceivedUpdates(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records a new update; false when this update_id was received before. Only the polling thread
	 * records, so looking first is enough (and keeps a PostgreSQL transaction from aborting on a
	 * duplicate key).
	 */
	boolean recordNew(Update update) {
		var known = jdbc.sql("select count(*) from telegram_update where update_id = :updateId")
			.param("updateId", update.getUpdateId()).query(Integer.class).single() > 0;
		if (known) {
			return false;
		}
		jdbc.sql("""
				insert into telegram_update (update_id, chat_id, user_id, received_at, payload)
				values (:updateId, :chatId, :userId, :receivedAt, :payload)
				""")
			.param("updateId", update.getUpdateId()).param("chatId", ChatRequests.chatIdOf(update))
			.param("userId", ChatRequests.userIdOf(update)).param("receivedAt", now()).param("payload", write(update))
			.update();
		return true;
	}

	/** The update a row holds, read back from its JSON. */
	Update update(Stored stored) {
		try {
			return json.readValue(stored.payload(), Update.class);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("update " + stored.updateId() + " cannot be read from its JSON", e);
		}
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

	/** Forgets updates handled before the moment; returns how many. */
	public int purgeHandledBefore(OffsetDateTime before) {
		return jdbc.sql("delete from telegram_update where processed_at is not null and processed_at < :before")
			.param("before", before).update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	private String write(Update update) {
		try {
			return json.writeValueAsString(update);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("update " + update.getUpdateId() + " cannot be written as JSON", e);
		}
	}
}
