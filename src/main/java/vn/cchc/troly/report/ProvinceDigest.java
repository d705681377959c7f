package vn.cchc.troly.report;

import java.time.Instant;

/**
 * The province's weekly digest as it was composed: the ranking of every unit at {@code composedAt},
 * kept (as JSON, in sent_summary with no unit) so that it renders later exactly as it was.
 */
public record ProvinceDigest(String weekKey, Instant composedAt, ProvinceOverview overview) {
}
