package vn.cchc.troly.telegram;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Purges what only the transport needed: updates handled long ago (Telegram redelivers an
 * unconfirmed update for at most 24 hours, so an old row guards against nothing) and messages sent
 * long ago, with the texts people typed and received. Without it both tables grow with every
 * message for as long as the bot runs. Rows still to be handled or sent, and failed messages, stay.
 */
@Component
class TransportRetention {

	private static final Logger log = LoggerFactory.getLogger(TransportRetention.class);

	private final JdbcClient jdbc;
	private final RetentionSettings settings;
	private final Clock clock;

	TransportRetention(JdbcClient jdbc, RetentionSettings settings, Clock clock) {
		this.jdbc = jdbc;
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

	@Transactional
	Purged purge() {
		var before = OffsetDateTime.ofInstant(clock.instant().minus(settings.keep()), ZoneOffset.UTC);
		var updates = jdbc.sql("delete from telegram_update where processed_at is not null and processed_at < :before")
			.param("before", before).update();
		var messages = jdbc.sql("delete from telegram_outbox where state = 'SENT' and sent_at < :before")
			.param("before", before).update();
		return new Purged(updates, messages);
	}
}
