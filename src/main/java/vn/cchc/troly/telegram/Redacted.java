package vn.cchc.troly.telegram;

/**
 * A copy of an exception chain for the log, with the bot token replaced in every message and the
 * stack traces kept: some client errors quote the request URL, which holds the token.
 */
public final class Redacted extends RuntimeException {

	private Redacted(String message, StackTraceElement[] trace, Throwable cause) {
		super(message, cause, false, true);
		setStackTrace(trace);
	}

	public static Throwable copy(Throwable original, TelegramSettings settings) {
		if (original == null) {
			return null;
		}
		var cause = original.getCause() == original ? null : copy(original.getCause(), settings);
		return new Redacted(original.getClass().getName() + ": " + settings.redact(original.getMessage()),
				original.getStackTrace(), cause);
	}

	@Override
	public String toString() {
		return getMessage();
	}
}
