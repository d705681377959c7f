package vn.cchc.troly.report;

/**
 * This week's summary was recorded for the chat and is to be posted there. Published in the
 * transaction that recorded it, so listeners hear of it once it is committed (and again after a
 * crash until they complete). Load the text and chart with {@link Summaries#message}.
 */
public record WeeklySummaryPosted(long summaryId, long chatId, String weekKey) {
}
