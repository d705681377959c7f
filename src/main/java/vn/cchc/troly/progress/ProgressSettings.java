package vn.cchc.troly.progress;

import java.math.BigDecimal;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the progress module ({@code troly.progress.*}).
 *
 * @param statusMargin how many percentage points below a PERCENT target still count as 🟡 (default 2)
 * @param reportingPeriod how long an item may go without a report before it is ⏰ stale (default 7 days),
 *        counted from no earlier than its lead's joining and its start
 * @param undoWindow how long after a report its author may undo it (default 15 minutes)
 */
@ConfigurationProperties("troly.progress")
public record ProgressSettings(BigDecimal statusMargin, Duration reportingPeriod, Duration undoWindow) {

	public ProgressSettings {
		statusMargin = statusMargin == null ? BigDecimal.valueOf(2) : statusMargin;
		reportingPeriod = reportingPeriod == null ? Duration.ofDays(7) : reportingPeriod;
		undoWindow = undoWindow == null ? Duration.ofMinutes(15) : undoWindow;
	}
}
