package vn.cchc.troly.telegram.outbound;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Telegram's limits as sliding windows: at most {@code perSecond} messages in any second for the
 * bot, {@code perChatPerSecond} for one chat, {@code perGroupPerMinute} in any minute for one group
 * (negative chat ids are groups). {@link #reserve} either takes a slot in every window at once or
 * says how long to wait. A slot counts from when its call was answered ({@link Slot#done}), and as
 * "now" while the call is under way: Telegram received the message somewhere in between, so
 * counting from the answer keeps even the arrivals apart, whatever the network's delays. A slot
 * stays taken when the send fails, as Telegram counts it too. Times are monotonic nanoseconds; not
 * thread-safe (the dispatcher calls it under its lock).
 */
class SendPacing {

	/** The place a send holds in the windows; {@link #done} when its call was answered. */
	static final class Slot {

		private final List<Entry> entries = new ArrayList<>(3);

		void done(long now) {
			entries.forEach(e -> {
				e.time = now;
				e.done = true;
			});
		}
	}

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

	/**
	 * A slot for a message to the chat, or null when it must wait; then {@link #waitAt} says how
	 * long at most (a send under way that ends sooner wakes the dispatcher anyway).
	 */
	Slot reserve(long chatId, long now) {
		if (waitAt(chatId, now) > 0) {
			return null;
		}
		var slot = new Slot();
		global.take(slot, now);
		chat(chatId).take(slot, now);
		if (chatId < 0) {
			group(chatId).take(slot, now);
		}
		return slot;
	}

	/** How many more messages the bot may send now, all chats together (before any chat's own limit). */
	int freeNow(long now) {
		return global.freeAt(now);
	}

	/** The length of the bot's window (a second and the margin), in nanoseconds. */
	long second() {
		return second;
	}

	/** Nanoseconds until a message to the chat may go; 0 for now. */
	long waitAt(long chatId, long now) {
		prune(now);
		var wait = Math.max(global.waitAt(now), chat(chatId).waitAt(now));
		return chatId < 0 ? Math.max(wait, group(chatId).waitAt(now)) : wait;
	}

	private Window chat(long chatId) {
		return chats.computeIfAbsent(chatId, id -> new Window(perChat, second));
	}

	private Window group(long chatId) {
		return groups.computeIfAbsent(chatId, id -> new Window(perGroup, minute));
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

	private static final class Entry {

		long time;
		boolean done;
	}

	/** The sends that still count in one window. */
	private static final class Window {

		private final int limit;
		private final long length;
		private final List<Entry> entries = new ArrayList<>();

		Window(int limit, long length) {
			this.limit = Math.max(1, limit);
			this.length = length;
		}

		long waitAt(long now) {
			entries.removeIf(e -> e.done && now - e.time >= length);
			if (entries.size() < limit) {
				return 0;
			}
			// Full: the earliest answered send leaves the window first; sends under way count as now.
			return entries.stream().mapToLong(e -> e.done ? e.time + length - now : length).min().orElse(length);
		}

		int freeAt(long now) {
			waitAt(now);
			return Math.max(0, limit - entries.size());
		}

		void take(Slot slot, long now) {
			var entry = new Entry();
			entry.time = now;
			entries.add(entry);
			slot.entries.add(entry);
		}

		boolean idleAt(long now) {
			waitAt(now);
			return entries.isEmpty();
		}
	}
}
