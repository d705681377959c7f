package vn.cchc.troly.telegram;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Telegram's limits as sliding windows: at most {@code perSecond} messages in any second for the
 * bot, {@code perChatPerSecond} for one chat, {@code perGroupPerMinute} in any minute for one group
 * (negative chat ids are groups). {@link #reserve} either takes a slot in every window at once or
 * says how long to wait; a slot taken stays taken even if the send then fails, as Telegram counts
 * it too. Times are monotonic nanoseconds; not thread-safe (the dispatcher owns it).
 */
class SendPacing {

	private final Window global;
	private final int perChat;
	private final int perGroup;
	private final long second;
	private final long minute;
	private final Map<Long, Window> chats = new HashMap<>();
	private final Map<Long, Window> groups = new HashMap<>();
	private long lastPruned;

	SendPacing(DeliverySettings settings) {
		this.second = Duration.ofSeconds(1).plus(settings.margin()).toNanos();
		this.minute = Duration.ofMinutes(1).plus(settings.margin()).toNanos();
		this.global = new Window(settings.perSecond(), second);
		this.perChat = settings.perChatPerSecond();
		this.perGroup = settings.perGroupPerMinute();
	}

	/** Takes a slot for a message to the chat and returns 0, or returns the nanoseconds to wait. */
	long reserve(long chatId, long now) {
		prune(now);
		var chat = chats.computeIfAbsent(chatId, id -> new Window(perChat, second));
		var group = chatId < 0 ? groups.computeIfAbsent(chatId, id -> new Window(perGroup, minute)) : null;
		var wait = Math.max(global.waitAt(now), chat.waitAt(now));
		if (group != null) {
			wait = Math.max(wait, group.waitAt(now));
		}
		if (wait > 0) {
			return wait;
		}
		global.take(now);
		chat.take(now);
		if (group != null) {
			group.take(now);
		}
		return 0;
	}

	/** Forgets chats whose windows have emptied, so a long run does not keep every chat ever written to. */
	private void prune(long now) {
		if (now - lastPruned < minute) {
			return;
		}
		lastPruned = now;
		chats.values().removeIf(w -> w.idleAt(now));
		groups.values().removeIf(w -> w.idleAt(now));
	}

	/** The times of the last {@code limit} sends. */
	private static final class Window {

		private final int limit;
		private final long length;
		private final ArrayDeque<Long> times = new ArrayDeque<>();

		Window(int limit, long length) {
			this.limit = Math.max(1, limit);
			this.length = length;
		}

		long waitAt(long now) {
			while (!times.isEmpty() && now - times.peekFirst() >= length) {
				times.removeFirst();
			}
			return times.size() < limit ? 0 : times.peekFirst() + length - now;
		}

		void take(long now) {
			times.addLast(now);
		}

		boolean idleAt(long now) {
			return times.isEmpty() || now - times.peekLast() >= length;
		}
	}
}
