package vn.cchc.troly.telegram;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.cchc.troly.telegram.inbound.ReceivedUpdates;
import vn.cchc.troly.telegram.outbound.OutboxStore;

/**
 * Purges what only the transport needed: updates handled long ago (Telegram redelivers an
 * unconfirmed update for at most 24 hours, so an old row guards against nothing) and messages sent
 * long ago, with the texts people typed and received. Without it both tables grow with every
 * message for as long as the bot runs. Rows still to be handled or sent, and failed messages, stay.
 */
@Component
class TransportRetention {

	private static final Logger log = LoggerFactory.getLogger(TransportRetention.class);

	private final ReceivedUpdates received;
	private final OutboxStore outbox;
	private final RetentionSettings settings;
	private final Clock clock;

	TransportRetention(ReceivedUpdates received, OutboxStore outbox, RetentionSettings settings, Clock clock) {
		this.received = received;
		this.outbox = outbox;
		this.settings = settings;
		this.clock = clock;
	}

	/** An hour after start (not in the busy minutes of a start), then every six hours. */
	@Scheduled(initialDelayString = "PT1H", fixedDelayString = "PT6H")
	void purgeOnSchedule() {
		var purged = purge();
		if (purged.updates() + purged.messages() > 0) {
			log.info("Purged {} handled update(s) and {} sent message(s) older than {}", purged.updates(),
					purged.messages(), settings.keep());
		}
	}

	record Purged(int updates, int messages) {
	}

	/** Two independent deletes: one that fails leaves the other's rows for the next run. */
	Purged purge() {
		var before = OffsetDateTime.ofInstant(clock.instant().minus(settings.keep()), ZoneOffset.UTC);
		return new Purged(received.purgeHandledBefore(before), outbox.purgeSentBefore(before));
	}
}
