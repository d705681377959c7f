package vn.cchc.troly.telegram.inbound;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * When getUpdates last answered: the health check's proof that the bot still reaches Telegram
 * (through its proxy, if any). Set by the polling client on every successful answer, with or
 * without updates in it.
 */
@Component
public class LastPoll {

	private final Clock clock;
	private volatile Instant at;

	public LastPoll(Clock clock) {
		this.clock = clock;
	}

	public void polled() {
		at = clock.instant();
	}

	public Optional<Instant> at() {
		return Optional.ofNullable(at);
	}
}
