package vn.cchc.troly.chat;

/** A chat on a messenger: a private chat with one person, or a group (Telegram: negative ids). */
public record ChatId(long value) {

	@Override
	public String toString() {
		return String.valueOf(value);
	}
}
