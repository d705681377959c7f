package vn.cchc.troly.telegram;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;

import vn.cchc.troly.TestClock;
import vn.cchc.troly.operator.BotHealth;
import vn.cchc.troly.telegram.inbound.LastPoll;
import vn.cchc.troly.telegram.outbound.OutboxRows;
import vn.cchc.troly.telegram.outbound.OutboxStore;

/**
 * The health check without a Spring context: a migrated in-memory H2 of its own, a clock the test
 * moves, the running bot's side (its last poll, its health file) and the operator's side (another
 * {@link TransportHealth}, as a second process would have, reading the same file and database).
 */
public final class HealthFixture {

	/** Friday 14 June 2024, 16:00 in the commune. */
	public static final Instant START = Instant.parse("2024-06-14T09:00:00Z");

	public final TestClock clock = new TestClock(START);
	public final OutboxRows outbox;
	public final LastPoll lastPoll = new LastPoll(clock);
	private final JdbcClient jdbc;
	private final HealthSettings settings;
	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	/** With a database of its own, migrated. */
	public HealthFixture(Path file) {
		this(file, "jdbc:h2:mem:health-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
	}

	private HealthFixture(Path file, String url) {
		if (url.startsWith("jdbc:h2:mem:")) {
			Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
		}
		var dataSource = new DriverManagerDataSource(url, "sa", "");
		this.jdbc = JdbcClient.create(dataSource);
		this.outbox = new OutboxRows(dataSource);
		this.settings = new HealthSettings(file, Duration.ofSeconds(30), Duration.ofMinutes(2), 500,
				Duration.ofMinutes(10), Duration.ofHours(24));
		messages.setBasename("messages/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setAlwaysUseMessageFormat(true);
	}

	/** The same, with a database that does not answer (nothing listens at its URL). */
	public static HealthFixture withoutDatabase(Path file) {
		return new HealthFixture(file, "jdbc:h2:tcp://127.0.0.1:1/gone;IFEXISTS=TRUE");
	}

	/** The running bot's health, started now. */
	public TransportHealth bot(boolean sandbox) {
		return health(sandbox);
	}

	/** The operator's health command's source, in a process of its own. */
	public BotHealth operator() {
		return new OperatorHealth(health(false));
	}

	/** Writes the bot's health file as its schedule does. */
	public void writeFile(TransportHealth bot) {
		new HealthFile(bot, settings, clock).writeNow();
	}

	/** Writes the file of a bot that stops gracefully. */
	public void stop(TransportHealth bot) {
		new HealthFile(bot, settings, clock).destroy();
	}

	/** The application's texts, as Spring sets them up. */
	public MessageSource messages() {
		return messages;
	}

	public HealthSettings settings() {
		return settings;
	}

	private TransportHealth health(boolean sandbox) {
		var environment = new MockEnvironment().withProperty("troly.sandbox.active", String.valueOf(sandbox));
		return new TransportHealth(jdbc, new OutboxStore(jdbc, clock), lastPoll, settings, clock, messages, environment);
	}
}
