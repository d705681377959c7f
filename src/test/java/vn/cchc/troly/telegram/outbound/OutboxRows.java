package vn.cchc.troly.telegram.outbound;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The outbox as tests look at it: what became of the messages to a chat, how many still wait, how
 * many the bot counted as possibly sent twice, and waits until the dispatcher is done with them.
 * The only place tests read or write {@code telegram_outbox}, so a change to the table is one
 * change here; the application's own SQL is in {@link OutboxStore}.
 */
public final class OutboxRows {

	/** A message's state: waiting to be sent (or retried), taken by Telegram, or given up. */
	public enum State {
		PENDING, SENT, FAILED
	}

	/** How often a wait looks at the table: the dispatcher tells no test when it wrote a row. */
	private static final Duration LOOK_EVERY = Duration.ofMillis(20);

	private final JdbcClient jdbc;

	public OutboxRows(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	/** The outbox of a database another process uses (an H2 file with AUTO_SERVER). */
	public static OutboxRows at(String url) {
		return new OutboxRows(new DriverManagerDataSource(url, "sa", ""));
	}

	/** The states of the messages to the chat, oldest first. */
	public List<State> statesTo(long chatId) {
		return jdbc.sql("select state from telegram_outbox where chat_id = :chat order by id").param("chat", chatId)
			.query((rs, n) -> State.valueOf(rs.getString(1))).list();
	}

	/** The states of all messages, oldest first. */
	public List<State> states() {
		return jdbc.sql("select state from telegram_outbox order by id").query((rs, n) -> State.valueOf(rs.getString(1)))
			.list();
	}

	/** A message in the given state, written at the moment (for the health check's counts). */
	public void add(long chatId, String apiMethod, State state, java.time.Instant createdAt) {
		jdbc.sql("""
				insert into telegram_outbox (chat_id, api_method, body, show_alert, created_at, state, attempts,
				    uncertain_attempts, in_flight)
				values (:chat, :method, 'text', false, :at, :state, 0, 0, false)
				""").param("chat", chatId).param("method", apiMethod)
			.param("at", OffsetDateTime.ofInstant(createdAt, java.time.ZoneOffset.UTC)).param("state", state.name())
			.update();
	}

	/** Messages still waiting to be sent or retried, to any chat. */
	public int pending() {
		return count("state = 'PENDING'");
	}

	/** Messages Telegram has not taken (pending or failed), to any chat. */
	public int notSent() {
		return count("state <> 'SENT'");
	}

	/**
	 * Messages not sent whose call was under way when the bot stopped: a crash's, or a graceful stop's
	 * that closed the database first. The next start sends them again, counted as uncertain.
	 */
	public int notSentInFlight() {
		return count("state <> 'SENT' and in_flight");
	}

	/** Messages the bot counted as possibly taken by Telegram without an answer saying so (maybe shown twice). */
	public int uncertain() {
		return count("uncertain_attempts > 0");
	}

	/** The most uncertain attempts of a message with this text (a message may be queued more than once). */
	public int uncertainAttemptsOf(String body) {
		return jdbc.sql("select coalesce(max(uncertain_attempts), 0) from telegram_outbox where body = :body")
			.param("body", body).query(Integer.class).single();
	}

	/** Waits until the messages to the chat are in these states, oldest first; the dispatcher writes them after Telegram answered. */
	public void awaitStatesTo(long chatId, Duration timeout, State... states) {
		await("messages to " + chatId + " " + Arrays.toString(states)).atMost(timeout).pollInterval(LOOK_EVERY)
			.until(() -> statesTo(chatId).equals(List.of(states)));
	}

	/** Waits until every message queued to the chats went out; then what their users got is final. */
	public void awaitAllSentTo(Duration timeout, long... chatIds) {
		await("every message sent to " + Arrays.toString(chatIds)).atMost(timeout).pollInterval(LOOK_EVERY)
			.until(() -> Arrays.stream(chatIds).allMatch(chat -> count("chat_id = " + chat + " and state <> 'SENT'") == 0));
	}

	/** Waits until nothing waits to be sent to the chat (failed messages stay failed). */
	public void awaitNothingPendingTo(long chatId, Duration timeout) {
		await("nothing pending to " + chatId).atMost(timeout).pollInterval(LOOK_EVERY)
			.until(() -> count("chat_id = " + chatId + " and state = 'PENDING'") == 0);
	}

	/** Waits until nothing waits to be sent to any chat: the last message may still be waiting for a late answer. */
	public void awaitDrained(Duration timeout) {
		await("the outbox drained").atMost(timeout).pollInterval(LOOK_EVERY).until(() -> pending() == 0);
	}

	/** Adds a message to chat 1 as the dispatcher would have left it (for retention). */
	public void add(State state, OffsetDateTime created, OffsetDateTime sent) {
		jdbc.sql("""
				insert into telegram_outbox (chat_id, api_method, body, show_alert, created_at, state, attempts,
				    uncertain_attempts, in_flight, sent_at)
				values (1, 'sendMessage', 'x', false, :created, :state, 1, 0, false, :sent)
				""").param("created", created).param("state", state.name()).param("sent", sent).update();
	}

	/** Rows matching the condition (built here from numbers and constants only). */
	private int count(String condition) {
		return jdbc.sql("select count(*) from telegram_outbox where " + condition).query(Integer.class).single();
	}
}
