package vn.cchc.troly.chat;

/** A person on a messenger, as the messenger numbers them (today Telegram's user id). */
public record UserId(long value) {

	@Override
	public String toString() {
		return String.valueOf(value);
	}
}
