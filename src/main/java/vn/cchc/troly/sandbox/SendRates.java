package vn.cchc.troly.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * When the server accepted each message (sendMessage, sendPhoto, sendDocument, editMessageText),
 * by chat, on the monotonic clock, so a test can check the bot keeps inside Telegram's limits:
 * the most messages in any window of a given length, for the bot, per chat, per group.
 */
public final class SendRates {

	private record Sent(long chatId, long nanos) {
	}

	private final List<Sent> sent = new ArrayList<>();

	synchronized void accepted(long chatId) {
		sent.add(new Sent(chatId, System.nanoTime()));
	}

	public synchronized int count() {
		return sent.size();
	}

	/** The most messages to all chats within any window of the length. */
	public synchronized int maxInAnyWindow(Duration window) {
		return max(sent, window.toNanos());
	}

	/** The most messages to one chat within any window of the length. */
	public synchronized int maxPerChatInAnyWindow(Duration window) {
		var byChat = new HashMap<Long, List<Sent>>();
		sent.forEach(s -> byChat.computeIfAbsent(s.chatId(), id -> new ArrayList<>()).add(s));
		return byChat.values().stream().mapToInt(list -> max(list, window.toNanos())).max().orElse(0);
	}

	/** The most messages to one group (negative chat id) within any window of the length. */
	public synchronized int maxPerGroupInAnyWindow(Duration window) {
		var byGroup = new HashMap<Long, List<Sent>>();
		sent.stream().filter(s -> s.chatId() < 0)
			.forEach(s -> byGroup.computeIfAbsent(s.chatId(), id -> new ArrayList<>()).add(s));
		return byGroup.values().stream().mapToInt(list -> max(list, window.toNanos())).max().orElse(0);
	}

	/** Forgets what was counted so far. */
	public synchronized void reset() {
		sent.clear();
	}

	private static int max(List<Sent> list, long window) {
		var best = 0;
		var start = 0;
		for (var end = 0; end < list.size(); end++) {
			while (list.get(end).nanos() - list.get(start).nanos() >= window) {
				start++;
			}
			best = Math.max(best, end - start + 1);
		}
		return best;
	}
}
