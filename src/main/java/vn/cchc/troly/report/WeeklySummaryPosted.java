package vn.cchc.troly.report;

/**
 * This week's summary was recorded for the chat and is to be posted there. Published in the
 * transaction that recorded it, so listeners hear of it once it is committed (and again after a
 * crash until they complete). Load the text and chart with {@link Summaries#message}. {@code unitId} is
 * the unit whose summary it is (null for the province's digest, and for events recorded before units).
 */
public record WeeklySummaryPosted(long summaryId, long chatId, String weekKey, Long unitId) {

	public WeeklySummaryPosted(long summaryId, long chatId, String weekKey) {
		this(summaryId, chatId, weekKey, null);
	}
}
