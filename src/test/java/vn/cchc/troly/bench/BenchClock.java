package vn.cchc.troly.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import vn.cchc.troly.TroLyCchcApplication;

/**
 * The application's clock in the province benchmark: it runs like the real one (monotonic
 * nanoseconds) from whatever time the benchmark sets, so the benchmark can put the application just
 * before Friday 16:00 and let the due time come while the bot works on.
 */
final class BenchClock extends Clock {

	private volatile Instant base;
	private volatile long baseNanos;

	BenchClock(Instant now) {
		set(now);
	}

	/** From now on the clock reads this instant plus the time gone since. */
	synchronized void set(Instant now) {
		baseNanos = System.nanoTime();
		base = now;
	}

	/** The monotonic nanoseconds ({@link System#nanoTime}) at which the clock reads the instant. */
	synchronized long nanosAt(Instant instant) {
		return baseNanos + java.time.Duration.between(base, instant).toNanos();
	}

	@Override
	public synchronized Instant instant() {
		return base.plusNanos(System.nanoTime() - baseNanos);
	}

	@Override
	public ZoneId getZone() {
		return TroLyCchcApplication.ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant(), zone);
	}

	/** Makes it the application's clock (given to the application builder; never found by scanning). */
	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		@Primary
		BenchClock benchClock() {
			return new BenchClock(Instant.now());
		}
	}
}
