package vn.cchc.troly.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pending multi-step flows, one per user and chat, kept in the database so a restart does not
 * lose them. A handler starts one ("item picked, now type the value"); the user's next plain text,
 * photo or file then goes to the {@link ConversationStep} of its topic until it ends or expires.
 */
@Component
public class Conversations {

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
		jdbc.sql("""
				insert into telegram_conversation (chat_id, user_id, topic, data, expires_at)
				values (:chatId, :userId, :topic, :data, :expiresAt)
				""")
			.param("chatId", request.chatId()).param("userId", request.userId()).param("topic", topic)
			.param("data", data).param("expiresAt", OffsetDateTime.ofInstant(clock.instant().plus(expiresIn), ZoneOffset.UTC))
			.update();
	}

	/** The user's pending flow in this chat, unless it expired. */
	public Optional<Conversation> current(ChatRequest request) {
		return jdbc.sql("""
				select topic, data, expires_at from telegram_conversation
				where chat_id = :chatId and user_id = :userId
				""")
			.param("chatId", request.chatId()).param("userId", request.userId())
			.query((rs, row) -> new Conversation(rs.getString("topic"), rs.getString("data"),
					rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
			.optional().filter(c -> c.expiresAt().isAfter(clock.instant()));
	}

	public void end(ChatRequest request) {
		var live = current(request).isPresent();
		jdbc.sql("delete from telegram_conversation where chat_id = :chatId and user_id = :userId")
			.param("chatId", request.chatId()).param("userId", request.userId()).update();
		var key = List.of(request.chatId(), request.userId());
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
		return Objects.equals(endedByUpdate.get(List.of(request.chatId(), request.userId())), request.updateId());
	}
}
