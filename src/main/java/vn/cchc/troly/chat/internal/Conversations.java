package vn.cchc.troly.chat.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.troly.chat.ChatId;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.UserId;

/**
 * Pending multi-step flows, one per user and chat, kept in the database so a restart does not
 * lose them. A handler starts one ("item picked, now type the value"); the user's next plain text,
 * photo or file then goes to the {@link ConversationStep} of its topic until it ends or expires.
 * Numbered choices (buttons on a channel without buttons) are kept with the flow.
 */
@Component
public class Conversations {

	/** The topic of a row that holds only numbered choices: no step takes the next message. */
	public static final String CHOICES = "choices";
	/** How long numbered choices offered outside a flow stay valid (a reminder's may be read later). */
	static final Duration CHOICES_WAIT = Duration.ofDays(1);

	private final JdbcClient jdbc;
	private final Clock clock;
	/** Per chat and user, the update whose handling last ended a live flow (see {@link #endedBy}). */
	private final Map<List<Long>, Integer> endedByUpdate = new ConcurrentHashMap<>();

	Conversations(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Starts (or replaces) the user's pending flow in this chat. */
	@Transactional
	public void start(ChatRequest request, String topic, String data, Duration expiresIn) {
		end(request);
		insert(request.chatId(), request.userId(), topic, data, expiresIn, null);
	}

	/** The user's pending flow in this chat, unless it expired. */
	public Optional<Conversation> current(ChatRequest request) {
		return current(request.chatId(), request.userId());
	}

	private Optional<Conversation> current(ChatId chat, UserId user) {
		return jdbc.sql("""
				select topic, data, expires_at, choices from telegram_conversation
				where chat_id = :chatId and user_id = :userId
				""")
			.param("chatId", chat.value()).param("userId", user.value())
			.query((rs, row) -> new Conversation(rs.getString("topic"), rs.getString("data"),
					rs.getObject("expires_at", OffsetDateTime.class).toInstant(), choices(rs.getString("choices"))))
			.optional().filter(c -> c.expiresAt().isAfter(clock.instant()));
	}

	public void end(ChatRequest request) {
		var live = current(request).filter(c -> !c.topic().equals(CHOICES)).isPresent();
		delete(request.chatId(), request.userId());
		var key = List.of(request.chatId().value(), request.userId().value());
		if (live) {
			endedByUpdate.put(key, request.updateId());
		}
		else if (!Objects.equals(endedByUpdate.get(key), request.updateId())) {
			endedByUpdate.remove(key);
		}
	}

	/**
	 * Whether handling this very update ended a flow that was still pending. The router ends the
	 * flow before any command runs, so a command such as /huy asks this to say what it cancelled.
	 */
	public boolean endedBy(ChatRequest request) {
		return Objects.equals(endedByUpdate.get(List.of(request.chatId().value(), request.userId().value())),
				request.updateId());
	}

	/**
	 * Keeps the data of buttons offered as numbered lines: with the pending flow when there is one
	 * (its step still takes other text), else on their own for a day.
	 */
	@Transactional
	public void offer(ChatId chat, UserId user, List<String> choices) {
		var joined = String.join("\n", choices);
		var pending = current(chat, user);
		if (pending.isPresent()) {
			jdbc.sql("update telegram_conversation set choices = :choices where chat_id = :chatId and user_id = :userId")
				.param("choices", joined).param("chatId", chat.value()).param("userId", user.value()).update();
			return;
		}
		delete(chat, user);
		insert(chat, user, CHOICES, null, CHOICES_WAIT, joined);
	}

	private void insert(ChatId chat, UserId user, String topic, String data, Duration expiresIn, String choices) {
		jdbc.sql("""
				insert into telegram_conversation (chat_id, user_id, topic, data, expires_at, choices)
				values (:chatId, :userId, :topic, :data, :expiresAt, :choices)
				""")
			.param("chatId", chat.value()).param("userId", user.value()).param("topic", topic).param("data", data)
			.param("expiresAt", OffsetDateTime.ofInstant(clock.instant().plus(expiresIn), ZoneOffset.UTC))
			.param("choices", choices).update();
	}

	private void delete(ChatId chat, UserId user) {
		jdbc.sql("delete from telegram_conversation where chat_id = :chatId and user_id = :userId")
			.param("chatId", chat.value()).param("userId", user.value()).update();
	}

	private static List<String> choices(String joined) {
		return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
	}
}
