package vn.cchc.troly.telegram;

import java.time.Instant;
import java.util.List;

/**
 * How the bot is: whether it reaches Telegram, the database answers, and messages get out. Each
 * line is a message key with its arguments, in the order they are printed.
 *
 * @param lastPoll when getUpdates last answered, or null if never since {@code startedAt}
 */
public record HealthReport(Level level, boolean sandbox, Instant checkedAt, Instant startedAt, Instant lastPoll,
		List<Line> lines) {

	public enum Level {
		/** Everything works. */
		OK,
		/** The bot works, but something needs a look: messages given up, a long queue. */
		DEGRADED,
		/** The bot does not reach Telegram, the database does not answer, or the bot is not running. */
		FAIL;

		/** The operator command's exit code: 0, 1 or 2. */
		public int exitCode() {
			return ordinal();
		}
	}

	public record Line(String key, List<Object> arguments) {

		static Line of(String key, Object... arguments) {
			return new Line(key, List.of(arguments));
		}
	}

	/**
	 * The file's first word, which Docker's HEALTHCHECK reads: OK (degraded too: the bot runs,
	 * restarting it would not help), SANDBOX when the bot talks to the simulated Telegram, FAIL.
	 */
	public String word() {
		return level == Level.FAIL ? "FAIL" : sandbox ? "SANDBOX" : "OK";
	}

	/** The first line: the word, and DEGRADED when that applies. */
	public String headline() {
		return level == Level.DEGRADED ? word() + " DEGRADED" : word();
	}
}
