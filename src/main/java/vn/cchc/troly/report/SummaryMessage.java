package vn.cchc.troly.report;

/**
 * A weekly summary ready to send: the summary as data (the chat words it), {@code chartPng} the
 * picture, or null when the plan has no numeric indicator, and {@code caption} for the picture
 * (plain text in the reader's language).
 */
public record SummaryMessage(long summaryId, String weekKey, WeeklySummary summary, byte[] chartPng, String caption) {

	/** The id of a preview, which is not recorded. */
	public static final long PREVIEW = 0;
}
