package vn.cchc.troly.telegram;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the chat adapter keeps its transport records: updates once handled, messages once sent.
 * Reports, evidence and the plan are never purged; messages that finally failed stay for /loigui.
 *
 * @param keep how long a handled update and a sent message are kept
 */
@ConfigurationProperties("troly.telegram.retention")
public record RetentionSettings(@DefaultValue("30d") Duration keep) {
}
