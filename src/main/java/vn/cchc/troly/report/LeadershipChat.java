package vn.cchc.troly.report;

import java.time.Instant;

/** The leaders' group chat the weekly summary is posted to, and who made it so, when. */
public record LeadershipChat(long chatId, String title, Long setByOfficialId, Instant setAt) {
}
