package vn.cchc.troly.telegram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.cchc.troly.TroLyCchcApplication;
import vn.cchc.troly.telegram.HealthReport.Level;
import vn.cchc.troly.telegram.HealthReport.Line;
import vn.cchc.troly.telegram.inbound.LastPoll;
import vn.cchc.troly.telegram.outbound.OutboxStore;
import vn.cchc.troly.telegram.outbound.OutboxStore.Backlog;

/**
 * The health check. {@link #check()} is the running bot's own view (its last getUpdates answer,
 * kept in memory); {@link #checkWithFile()} is the operator's, from another process: the bot's last
 * poll as its health file says, the database and the outbox as they are now. Both judge alike: FAIL
 * when Telegram has not answered a poll for {@code stale-after} or the database does not answer;
 * DEGRADED when messages were given up lately or the queue is long or old.
 */
@Component
public class TransportHealth {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
		.withZone(TroLyCchcApplication.ZONE);
	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final JdbcClient jdbc;
	private final OutboxStore outbox;
	private final LastPoll lastPoll;
	private final HealthSettings settings;
	private final Clock clock;
	private final MessageSource messages;
	private final boolean sandbox;
	private final Instant startedAt;

	TransportHealth(JdbcClient jdbc, OutboxStore outbox, LastPoll lastPoll, HealthSettings settings, Clock clock,
			MessageSource messages, Environment environment) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.lastPoll = lastPoll;
		this.settings = settings;
		this.clock = clock;
		this.messages = messages;
		this.sandbox = environment.getProperty("troly.sandbox.active", Boolean.class, false);
		this.startedAt = clock.instant();
	}

	/** The running bot's report. */
	public HealthReport check() {
		return assess(new ArrayList<>(), Level.OK, startedAt, lastPoll.at().orElse(null), sandbox);
	}

	/** The report of a bot that stops, without asking the database (which may be closing). */
	HealthReport stopped() {
		var now = clock.instant();
		return new HealthReport(Level.FAIL, sandbox, now, startedAt, lastPoll.at().orElse(null),
				List.of(Line.of("health.file.stopped", time(now))));
	}

	/**
	 * The operator's report: what the running bot last wrote to its health file (it must be fresh),
	 * with the database and the outbox read now.
	 */
	public HealthReport checkWithFile() {
		var lines = new ArrayList<Line>();
		if (!settings.writesFile()) {
			lines.add(Line.of("health.file.unset"));
			return assess(lines, Level.FAIL, null, null, false);
		}
		Map<String, String> file;
		try {
			file = read(Files.readAllLines(settings.file(), StandardCharsets.UTF_8));
		}
		catch (NoSuchFileException e) {
			lines.add(Line.of("health.file.missing", settings.file().toString()));
			return assess(lines, Level.FAIL, null, null, false);
		}
		catch (IOException | RuntimeException e) {
			lines.add(Line.of("health.file.unreadable", settings.file().toString(), String.valueOf(e.getMessage())));
			return assess(lines, Level.FAIL, null, null, false);
		}
		var floor = Level.OK;
		var written = instant(file.get("checked-at"));
		if (file.containsKey("stopped-at")) {
			lines.add(Line.of("health.file.stopped", time(instant(file.get("stopped-at")))));
			floor = Level.FAIL;
		}
		else if (written == null || Duration.between(written, clock.instant()).compareTo(settings.staleAfter()) > 0) {
			lines.add(Line.of("health.file.stale", settings.file().toString(), time(written), minutes()));
			floor = Level.FAIL;
		}
		return assess(lines, floor, instant(file.get("started-at")), instant(file.get("last-poll")),
				"SANDBOX".equals(file.get("word")));
	}

	private HealthReport assess(List<Line> lines, Level floor, Instant started, Instant polled, boolean sandboxed) {
		var now = clock.instant();
		var level = floor;
		var stale = settings.staleAfter();
		if (polled != null) {
			var fresh = Duration.between(polled, now).compareTo(stale) <= 0;
			lines.add(Line.of(fresh ? "health.poll.ok" : "health.poll.stale", time(polled), minutes()));
			level = fresh ? level : Level.FAIL;
		}
		else if (started != null) {
			var waiting = Duration.between(started, now).compareTo(stale) <= 0;
			lines.add(Line.of(waiting ? "health.poll.notYet" : "health.poll.never", time(started), minutes()));
			level = waiting ? level : Level.FAIL;
		}
		try {
			jdbc.sql("select 1").query(Integer.class).single();
			lines.add(Line.of("health.database.ok"));
			var backlog = outbox.backlog(now.minus(settings.failedWithin()));
			level = worst(level, judge(backlog, now, lines));
		}
		catch (DataAccessException e) {
			lines.add(Line.of("health.database.down", String.valueOf(e.getMostSpecificCause().getMessage())));
			level = Level.FAIL;
		}
		if (sandboxed) {
			lines.add(Line.of("health.sandbox"));
		}
		return new HealthReport(level, sandboxed, now, started, polled, List.copyOf(lines));
	}

	private Level judge(Backlog backlog, Instant now, List<Line> lines) {
		var level = Level.OK;
		var old = backlog.oldestQueued() != null
				&& Duration.between(backlog.oldestQueued(), now).compareTo(settings.backlogAge()) > 0;
		if (backlog.queued() > settings.backlogLimit() || old) {
			lines.add(Line.of("health.outbox.backlog", backlog.queued(), time(backlog.oldestQueued()),
					settings.backlogLimit(), settings.backlogAge().toMinutes()));
			level = Level.DEGRADED;
		}
		else {
			lines.add(Line.of("health.outbox.queued", backlog.queued()));
		}
		var hours = settings.failedWithin().toHours();
		if (backlog.failedSince() > 0) {
			lines.add(Line.of("health.outbox.failed", backlog.failedSince(), hours));
			level = Level.DEGRADED;
		}
		else {
			lines.add(Line.of("health.outbox.noFailed", hours));
		}
		return level;
	}

	/** The report as the operator and the file show it: the headline, then one line per finding. */
	public List<String> render(HealthReport report) {
		var text = new ArrayList<String>();
		text.add(report.headline());
		text.add(messages.getMessage("health.checked", new Object[] { time(report.checkedAt()) }, VIETNAMESE));
		report.lines().forEach(line -> text.add(messages.getMessage(line.key(), line.arguments().toArray(), VIETNAMESE)));
		return text;
	}

	/** The file's text: the rendered report, then what {@link #checkWithFile()} reads back. */
	String fileText(HealthReport report, Instant stoppedAt) {
		var text = new ArrayList<>(render(report));
		text.add("");
		text.add("word=" + report.word());
		text.add("checked-at=" + report.checkedAt());
		text.add("started-at=" + (report.startedAt() == null ? "" : report.startedAt()));
		text.add("last-poll=" + (report.lastPoll() == null ? "" : report.lastPoll()));
		if (stoppedAt != null) {
			text.add("stopped-at=" + stoppedAt);
		}
		return String.join("\n", text) + "\n";
	}

	private static Map<String, String> read(List<String> lines) {
		var values = new HashMap<String, String>();
		for (var line : lines) {
			var equals = line.indexOf('=');
			if (equals > 0 && line.substring(0, equals).matches("[a-z-]+")) {
				values.put(line.substring(0, equals), line.substring(equals + 1).trim());
			}
		}
		return values;
	}

	private static Instant instant(String text) {
		try {
			return text == null || text.isBlank() ? null : Instant.parse(text);
		}
		catch (java.time.format.DateTimeParseException e) {
			return null;
		}
	}

	static String time(Instant instant) {
		return instant == null ? "—" : TIME.format(instant);
	}

	private long minutes() {
		return settings.staleAfter().toMinutes();
	}

	private static Level worst(Level a, Level b) {
		return a.compareTo(b) >= 0 ? a : b;
	}
}
