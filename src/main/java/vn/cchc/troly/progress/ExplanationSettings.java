package vn.cchc.troly.progress;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Requests for an explanation ({@code troly.explanation.*}).
 *
 * @param remindAfter how long a request may wait for its answer before the lead is reminded, once (default 2 days)
 */
@ConfigurationProperties("troly.explanation")
public record ExplanationSettings(Duration remindAfter) {

	public ExplanationSettings {
		remindAfter = remindAfter == null ? Duration.ofDays(2) : remindAfter;
	}
}
