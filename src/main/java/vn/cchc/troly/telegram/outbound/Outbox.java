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

import vn.cchc.troly.chat.Language;

/**
 * Everything the bot must send, as rows of {@code telegram_outbox} written in the caller's
 * transaction (an update's handling, a summary's or reminder's delivery), so a message exists
 * exactly when what caused it was committed; {@link TelegramReplies} renders them. The
 * {@link OutboxDispatcher} sends the rows, each chat's in order, and records how each attempt ended.
 */
@Component
public class Outbox {

	static final String TEXT = "sendMessage";
	static final String PHOTO = "sendPhoto";
	static final String DOCUMENT = "sendDocument";
	static final String EDIT = "editMessageText";
	static final String ANSWER = "answerCallbackQuery";

	/** One Bot API call to store, rendered. */
	record Row(long chatId, String method, String body, String replyMarkup, Integer messageId,
			String callbackQueryId, boolean showAlert, String fileName, byte[] fileBytes) {

		static Row text(long chatId, String html, String keyboard) {
			return new Row(chatId, TEXT, html, keyboard, null, null, false, null, null);
		}
	}

	/** The oldest pending row of one chat: the only one of that chat that may be sent next. */
	record Head(long id, long chatId, String method) {
	}

	/** A message Telegram never took, for the coordinator. */
	record Failure(long id, long chatId, String method, String body, String fileName, int attempts, String lastError,
			Instant createdAt) {
	}

	private final JdbcClient jdbc;
	private final ReplyRenderer renderer;
	private final Clock clock;
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	public Outbox(JdbcClient jdbc, ReplyRenderer renderer, Clock clock) {
		this.jdbc = jdbc;
		this.renderer = renderer;
		this.clock = clock;
	}

	/** Runs the listener whenever rows were written and committed. */
	void whenWritten(Runnable listener) {
		listeners.add(listener);
	}

	/** Whether rows were written under this delivery key before. */
	boolean written(String deliveryKey) {
		return jdbc.sql("select count(*) from telegram_outbox where delivery_key = :key")
			.param("key", deliveryKey + "/0").query(Integer.class).single() > 0;
	}

	/**
	 * Stores the rows, in order, for a delivery (its key, or null) or the update they answer (or
	 * null); the dispatcher is woken when the transaction commits.
	 */
	void write(String deliveryKey, Integer updateId, List<Row> rows, Locale locale) {
		var n = 0;
		for (var row : rows) {
			jdbc.sql("""
					insert into telegram_outbox (delivery_key, chat_id, api_method, body, reply_markup, message_id,
					    callback_query_id, show_alert, file_name, file_bytes, update_id, created_at, state, attempts,
					    uncertain_attempts, in_flight, locale)
					values (:key, :chatId, :method, :body, :markup, :messageId, :queryId, :alert, :fileName, :bytes,
					    :updateId, :createdAt, 'PENDING', 0, 0, false, :locale)
					""")
				.param("key", deliveryKey == null ? null : deliveryKey + "/" + n++).param("chatId", row.chatId())
				.param("method", row.method()).param("body", row.body()).param("markup", row.replyMarkup())
				.param("messageId", row.messageId()).param("queryId", row.callbackQueryId())
				.param("alert", row.showAlert()).param("fileName", row.fileName()).param("bytes", row.fileBytes())
				.param("updateId", updateId).param("createdAt", now())
				.param("locale", locale == null ? null : locale.toLanguageTag()).update();
		}
		if (rows.isEmpty()) {
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

	// ------------------------------------------------------------ the dispatcher's side

	/**
	 * The oldest pending row of each chat, oldest first. A join on the grouped heads, not
	 * {@code id in (select min(id) …)}: H2 evaluates such an IN subquery again for every row, which
	 * with 3,000 pending rows made each look take seconds and a reminder wave crawl.
	 */
	List<Head> pendingHeads(int limit) {
		return jdbc.sql("""
				select o.id, o.chat_id, o.api_method
				from telegram_outbox o
				join (select min(id) as head_id from telegram_outbox where state = 'PENDING' group by chat_id) h
				  on h.head_id = o.id
				order by o.id
				limit :limit
				""").param("limit", limit)
			.query((rs, n) -> new Head(rs.getLong("id"), rs.getLong("chat_id"), rs.getString("api_method"))).list();
	}

	/**
	 * The pending row, ready to send. When an earlier attempt may have reached Telegram (a crash or a
	 * lost answer, {@code uncertain_attempts}), a text or caption goes out with a line saying it is
	 * sent again: Telegram offers no way to ask whether it posted the first, so the user may see it
	 * twice, and then knows the second is the same message, not a second report.
	 */
	Optional<OutboxMessage> load(long id) {
		return jdbc.sql("""
				select id, chat_id, api_method, body, reply_markup, message_id, callback_query_id, show_alert,
				    file_name, file_bytes, attempts, uncertain_attempts, locale
				from telegram_outbox where id = :id and state = 'PENDING'
				""").param("id", id)
			.query((rs, n) -> {
				var method = rs.getString("api_method");
				var uncertain = rs.getInt("uncertain_attempts");
				var body = rs.getString("body");
				if (uncertain > 0) {
					body = markedAsResent(method, body, rs.getString("locale"));
				}
				return new OutboxMessage(rs.getLong("id"), rs.getLong("chat_id"), method, body,
						rs.getString("reply_markup"), (Integer) rs.getObject("message_id", Integer.class),
						rs.getString("callback_query_id"), rs.getBoolean("show_alert"), rs.getString("file_name"),
						rs.getBytes("file_bytes"), rs.getInt("attempts"), uncertain);
			})
			.optional();
	}

	private String markedAsResent(String method, String body, String languageTag) {
		var limit = switch (method) {
			case TEXT -> MessageSplitter.TELEGRAM_LIMIT;
			case PHOTO, DOCUMENT -> TelegramReplies.CAPTION_LIMIT;
			// An edit or a button answer does the same thing twice: nothing to tell.
			default -> 0;
		};
		if (limit == 0) {
			return body;
		}
		var locale = languageTag == null ? Language.VI.locale() : Locale.forLanguageTag(languageTag);
		var note = renderer.html("telegram.outbox.resent", List.of(), locale);
		var marked = body == null || body.isEmpty() ? note : note + "\n" + body;
		// Too long with the note: the message as it was, rather than one Telegram refuses.
		return marked.length() <= limit ? marked : body;
	}

	/** A call for the row is about to start. */
	void sending(long id) {
		jdbc.sql("update telegram_outbox set in_flight = true where id = :id").param("id", id).update();
	}

	/**
	 * At start-up: rows whose call a crash cut off. Telegram may have posted them; they are sent again
	 * (nothing is lost) and counted as uncertain. Returns how many.
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

	/** An attempt failed; the row stays pending (tried again later) or, when final, becomes FAILED. */
	void attemptFailed(long id, String error, boolean uncertain, boolean giveUp) {
		jdbc.sql("""
				update telegram_outbox set state = :state, attempts = attempts + 1, in_flight = false,
				    uncertain_attempts = uncertain_attempts + :uncertain, last_error = :error
				where id = :id
				""").param("state", giveUp ? "FAILED" : "PENDING").param("uncertain", uncertain ? 1 : 0)
			.param("error", error == null || error.length() <= 1000 ? error : error.substring(0, 1000))
			.param("id", id).update();
	}

	/** Messages Telegram never took, newest first (button answers are left out: they expire anyway). */
	List<Failure> failures(int limit) {
		return jdbc.sql("""
				select id, chat_id, api_method, body, file_name, attempts, last_error, created_at from telegram_outbox
				where state = 'FAILED' and api_method <> 'answerCallbackQuery'
				order by id desc
				limit :limit
				""").param("limit", limit)
			.query((rs, n) -> new Failure(rs.getLong("id"), rs.getLong("chat_id"), rs.getString("api_method"),
					rs.getString("body"), rs.getString("file_name"), rs.getInt("attempts"), rs.getString("last_error"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.list();
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
