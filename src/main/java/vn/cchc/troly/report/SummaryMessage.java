package vn.cchc.troly.report;

/**
 * A weekly summary ready to send: {@code html} is Telegram HTML, safe as it is (every plan and
 * user text escaped) and under 4,096 characters; {@code chartPng} is the picture, or null when
 * the plan has no numeric indicator; {@code caption} goes with the picture (plain text).
 */
public record SummaryMessage(long summaryId, String weekKey, String html, byte[] chartPng, String caption) {

	/** The id of a preview, which is not recorded. */
	public static final long PREVIEW = 0;
}
