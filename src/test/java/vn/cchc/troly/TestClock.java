package vn.cchc.troly;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock tests set and move by hand. Import {@link Config} to make it the application's clock;
 * set it in {@code @BeforeEach}, since cached test contexts share it.
 */
public class TestClock extends Clock {

	private volatile Instant now;

	public TestClock(Instant now) {
		this.now = now;
	}

	/** Sets the clock to a local time in the commune (Asia/Ho_Chi_Minh). */
	public void setLocal(String localDateTime) {
		now = LocalDateTime.parse(localDateTime).atZone(TroLyCchcApplication.ZONE).toInstant();
	}

	public void set(Instant instant) {
		now = instant;
	}

	public void advance(Duration duration) {
		now = now.plus(duration);
	}

	@Override
	public Instant instant() {
		return now;
	}

	@Override
	public ZoneId getZone() {
		return TroLyCchcApplication.ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(now, zone);
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock(Instant.parse("2026-05-20T02:00:00Z"));
		}
	}
}
