package vn.cchc.troly.progress;

import java.time.Instant;

/** An active official and their latest report (figure or note, not undone); null when they never reported. */
public record OfficialLastReport(long officialId, String displayName, Instant lastReportAt) {
}
