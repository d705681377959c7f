package vn.cchc.troly.sandbox;

/** A group chat (negative id, as on Telegram) that the bot is a member of. */
public record GroupChat(long id, String title) {

	public GroupChat {
		if (id >= 0) {
			throw new IllegalArgumentException("a group chat id is negative: " + id);
		}
	}
}
