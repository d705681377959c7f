package vn.cchc.troly.chat.onboarding;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many wrong invite codes one Telegram user may send with /start (prefix
 * {@code troly.telegram.start-limit}): after {@code attempts} within {@code window}, their codes
 * are not looked up until the oldest of them has aged out of the window.
 *
 * @param attempts wrong codes allowed within the window
 * @param window how far back wrong codes count
 */
@ConfigurationProperties("troly.telegram.start-limit")
record StartLimitSettings(@DefaultValue("5") int attempts, @DefaultValue("15m") Duration window) {
}
