package vn.cchc.troly.telegram.outbound;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The outbox's table, {@code telegram_outbox}, and the only class that reads or writes it: what the
 * bot must send, stored in the caller's transaction (an update's handling, a summary's or reminder's
 * delivery), so a message exists exactly when what caused it was committed; then each attempt's
 * end (sent, failed, given up), what a crash cut off, and the purge of what was sent long ago.
 * {@link TelegramReplies} renders the messages, {@link OutboxQueue} decides which goes next.
 */
@Component
public class OutboxStore {

	/**
	 * The oldest pending message of one chat: the only one of that chat that may be sent next;
	 * {@code answer} when it answers an update (someone waits for it).
	 */
	record Head(long id, long chatId, String method, boolean answer) {
	}

	/** A message Telegram never took, for the coordinator. */
	record Failure(long id, long chatId, String method, String body, String fileName, int attempts, String lastError,
			Instant createdAt) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	public OutboxStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Runs the listener whenever messages were written and committed. */
	void whenWritten(Runnable listener) {
		listeners.add(listener);
	}

	/** Whether messages were written under this delivery key before. */
	boolean written(String deliveryKey) {
		return jdbc.sql("select count(*) from telegram_outbox where delivery_key = :key")
			.param("key", deliveryKey + "/0").query(Integer.class).single() > 0;
	}

	/**
	 * Stores the messages, in order, for a delivery (its key, or null) or the update they answer (or
	 * null); the listeners run when the transaction commits.
	 */
	void write(String deliveryKey, Integer updateId, List<OutgoingMessage> messages, Locale locale) {
		var n = 0;
		for (var message : messages) {
			jdbc.sql("""
					insert into telegram_outbox (delivery_key, chat_id, api_method, body, reply_markup, message_id,
					    callback_query_id, show_alert, file_name, file_bytes, file_path, update_id, created_at, state,
					    attempts, uncertain_attempts, in_flight, locale)
					values (:key, :chatId, :method, :body, :markup, :messageId, :queryId, :alert, :fileName, :bytes,
					    :path, :updateId, :createdAt, 'PENDING', 0, 0, false, :locale)
					""")
				.param("key", deliveryKey == null ? null : deliveryKey + "/" + n++).param("chatId", message.chatId())
				.param("method", message.method()).param("body", message.body()).param("markup", message.replyMarkup())
				.param("messageId", message.messageId()).param("queryId", message.callbackQueryId())
				.param("alert", message.showAlert()).param("fileName", message.fileName())
				.param("bytes", message.fileBytes()).param("path", message.filePath())
				.param("updateId", updateId).param("createdAt", now())
				.param("locale", locale == null ? null : locale.toLanguageTag()).update();
		}
		if (messages.isEmpty()) {
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					listeners.forEach(Runnable::run);
				}
			});
		}
		else {
			listeners.forEach(Runnable::run);
		}
	}

	/**
	 * The oldest pending message of each chat: answers to updates first, then the rest (summaries,
	 * reminders), each oldest first. So a person waits for their answer behind nobody's summary:
	 * with every unit's summary queued at Friday 16:00, answers went out seconds late (the province
	 * benchmark, docs/performance.md). A join on the grouped heads, not {@code id in (select min(id)
	 * …)}: H2 evaluates such an IN subquery again for every row, which with 3,000 pending rows made
	 * each look take seconds and a reminder wave crawl.
	 */
	List<Head> pendingHeads(int limit) {
		return jdbc.sql("""
				select o.id, o.chat_id, o.api_method, o.update_id
				from telegram_outbox o
				join (select min(id) as head_id from telegram_outbox where state = 'PENDING' group by chat_id) h
				  on h.head_id = o.id
				order by case when o.update_id is null then 1 else 0 end, o.id
				limit :limit
				""").param("limit", limit)
			.query((rs, n) -> new Head(rs.getLong("id"), rs.getLong("chat_id"), rs.getString("api_method"),
					rs.getObject("update_id") != null))
			.list();
	}

	/** The message, while it is pending. */
	Optional<OutboxMessage> load(long id) {
		return jdbc.sql("""
				select id, chat_id, api_method, body, reply_markup, message_id, callback_query_id, show_alert,
				    file_name, file_bytes, file_path, attempts, uncertain_attempts, locale
				from telegram_outbox where id = :id and state = 'PENDING'
				""").param("id", id)
			.query((rs, n) -> {
				var locale = rs.getString("locale");
				return new OutboxMessage(rs.getLong("id"), rs.getLong("chat_id"), rs.getString("api_method"),
						rs.getString("body"), rs.getString("reply_markup"), rs.getObject("message_id", Integer.class),
						rs.getString("callback_query_id"), rs.getBoolean("show_alert"), rs.getString("file_name"),
						rs.getBytes("file_bytes"), rs.getString("file_path"), rs.getInt("attempts"), rs.getInt("uncertain_attempts"),
						locale == null ? null : Locale.forLanguageTag(locale));
			})
			.optional();
	}

	/** A call for the message is about to start. */
	void sending(long id) {
		jdbc.sql("update telegram_outbox set in_flight = true where id = :id").param("id", id).update();
	}

	/**
	 * At start-up: messages whose call a crash cut off. Telegram may have posted them; they are sent
	 * again (nothing is lost) and counted as uncertain. Returns how many.
	 */
	int interrupted() {
		return jdbc.sql("""
				update telegram_outbox set in_flight = false, uncertain_attempts = uncertain_attempts + 1,
				    last_error = 'the application stopped while sending'
				where in_flight and state = 'PENDING'
				""").update();
	}

	/** Telegram took it: marked at once, so only a crash in between can send it again. */
	void sent(long id, Integer telegramMessageId) {
		jdbc.sql("""
				update telegram_outbox set state = 'SENT', sent_at = :at, telegram_message_id = :messageId,
				    attempts = attempts + 1, file_bytes = null, in_flight = false
				where id = :id
				""").param("at", now()).param("messageId", telegramMessageId).param("id", id).update();
	}

	/** An attempt failed; the message stays pending (tried again later) or, when given up, becomes FAILED. */
	void attemptFailed(long id, String error, boolean uncertain, boolean giveUp) {
		jdbc.sql("""
				update telegram_outbox set state = :state, attempts = attempts + 1, in_flight = false,
				    uncertain_attempts = uncertain_attempts + :uncertain, last_error = :error
				where id = :id
				""").param("state", giveUp ? "FAILED" : "PENDING").param("uncertain", uncertain ? 1 : 0)
			.param("error", error == null || error.length() <= 1000 ? error : error.substring(0, 1000))
			.param("id", id).update();
	}

	/**
	 * Messages Telegram never took, newest first (button answers are left out: they expire anyway),
	 * older than the message {@code beforeId} when it is given: the next page.
	 */
	List<Failure> failures(int limit, Long beforeId) {
		return jdbc.sql("""
				select id, chat_id, api_method, body, file_name, attempts, last_error, created_at from telegram_outbox
				where state = 'FAILED' and api_method <> 'answerCallbackQuery' and id < :before
				order by id desc
				limit :limit
				""").param("limit", limit).param("before", beforeId == null ? Long.MAX_VALUE : beforeId)
			.query((rs, n) -> new Failure(rs.getLong("id"), rs.getLong("chat_id"), rs.getString("api_method"),
					rs.getString("body"), rs.getString("file_name"), rs.getInt("attempts"), rs.getString("last_error"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * What waits and what was given up, for the health check: messages still to be sent (and since
	 * when the oldest waits), and messages given up that were written since the moment (button
	 * answers left out, as in {@link #failures}).
	 */
	public record Backlog(long queued, Instant oldestQueued, long failedSince) {
	}

	public Backlog backlog(Instant failedSince) {
		return jdbc.sql("""
				select (select count(*) from telegram_outbox where state = 'PENDING') as queued,
				    (select min(created_at) from telegram_outbox where state = 'PENDING') as oldest,
				    (select count(*) from telegram_outbox
				     where state = 'FAILED' and api_method <> 'answerCallbackQuery' and created_at >= :since) as failed
				""").param("since", OffsetDateTime.ofInstant(failedSince, ZoneOffset.UTC))
			.query((rs, n) -> {
				var oldest = rs.getObject("oldest", OffsetDateTime.class);
				return new Backlog(rs.getLong("queued"), oldest == null ? null : oldest.toInstant(), rs.getLong("failed"));
			})
			.single();
	}

	/** Forgets messages Telegram took before the moment (pending and failed ones stay); returns how many. */
	public int purgeSentBefore(OffsetDateTime before) {
		return jdbc.sql("delete from telegram_outbox where state = 'SENT' and sent_at < :before")
			.param("before", before).update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}
}
