package vn.cchc.troly.report;

import java.time.Instant;

/** What {@link Summaries#postNow} did. */
public sealed interface PostOutcome {

	/** This week's summary is recorded; {@link WeeklySummaryPosted} goes out when the transaction commits. */
	record Posted(long summaryId, long chatId, String weekKey) implements PostOutcome {
	}

	/** This week's summary for the group was posted already, at {@code sentAt}; nothing is posted twice. */
	record AlreadyPosted(long summaryId, long chatId, String weekKey, Instant sentAt) implements PostOutcome {
	}

	/** No leadership group is set (/nhomlanhdao in the leaders' group sets it). */
	record NoLeadershipGroup() implements PostOutcome {
	}
}
