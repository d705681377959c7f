package vn.cchc.troly.chat.reporting;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a file that could not be downloaded at once is fetched again ({@code troly.evidence.retry}):
 * the n-th try waits {@code every} × (2ⁿ⁻¹) after the one before (2, 4, 8, 16, 32 minutes), up to
 * {@code attempts} tries in all; then the sender is asked to send it again.
 *
 * @param every the wait before the second try, doubling after each
 * @param attempts tries in all, the first one when the file came included
 * @param pollInterval how often the job looks for files that are due
 */
@ConfigurationProperties("troly.evidence.retry")
record EvidenceRetrySettings(@DefaultValue("2m") Duration every, @DefaultValue("6") int attempts,
		@DefaultValue("60s") Duration pollInterval) {
}
