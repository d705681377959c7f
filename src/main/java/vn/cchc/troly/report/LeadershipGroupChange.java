package vn.cchc.troly.report;

/**
 * What {@link LeadershipGroup#set} did. {@code previous} is the group that was the leadership
 * group before (null when there was none).
 */
public record LeadershipGroupChange(LeadershipChat current, LeadershipChat previous) {

	/** Another group was the leadership group and no longer is: say so. */
	public boolean replacedAnother() {
		return previous != null && previous.chatId() != current.chatId();
	}

	/** This group was the leadership group already. */
	public boolean unchanged() {
		return previous != null && previous.chatId() == current.chatId();
	}
}
