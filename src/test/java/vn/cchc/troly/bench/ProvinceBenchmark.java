package vn.cchc.troly.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cchc.troly.TestDatabase;
import vn.cchc.troly.TroLyCchcApplication;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.Positions;
import vn.cchc.troly.people.UnitId;
import vn.cchc.troly.people.UnitScope;
import vn.cchc.troly.people.Units;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.progress.ItemSituation;
import vn.cchc.troly.progress.ProgressManagement;
import vn.cchc.troly.report.ChartSteps;
import vn.cchc.troly.report.LeadershipGroup;
import vn.cchc.troly.report.ReportQueries;
import vn.cchc.troly.report.ReportSettings;
import vn.cchc.troly.report.SchedulerSteps;
import vn.cchc.troly.report.Summaries;
import vn.cchc.troly.sandbox.BotApiServer;
import vn.cchc.troly.sandbox.ChatUser;
import vn.cchc.troly.sandbox.GroupChat;

/**
 * Province scale: {@value #UNITS} units made with {@link Units#add}, each with its own plan of
 * {@value #ITEMS} items, its own leadership group and {@value #OFFICIALS}/{@value #UNITS} officials
 * registered in it, {@value #REPORTS} figure reports spread over this year, in an H2 file (or, with
 * {@code -Dbench.province.database=postgres}, in a fresh schema of the PostgreSQL server the
 * PostgreSQL tests use, {@link TestDatabase}), with the bot on against the in-JVM Bot API server at
 * Telegram's own pacing.
 * <p>
 * First the Friday summary through the real scheduler: the application's clock is set just before
 * Friday 16:00 and {@code ReportScheduler.poll()} runs when it reads 16:00, while {@value #LOAD_USERS}
 * officials of {@value #LOAD_USERS} units send figure reports at {@value #LOAD_RATE} updates a second
 * (an open loop, {@link OpenLoad}); measured: from the due time until every unit's summary and chart
 * are in the outbox, until the last is delivered, and the reports' latency against the echo bot at
 * the same rate. Twice: the first Friday after start (cold) and the next (warm). Then the queries
 * of one unit's screens and every unit's summary composed directly, at this size and at
 * {@link #MORE_REPORTS} reports.
 */
final class ProvinceBenchmark {

	static final int UNITS = 100;
	static final int ITEMS = 15;
	static final int OFFICIALS = 3_000;
	static final int REPORTS = 100_000;
	/**
	 * The second size; {@code -Dbench.args="province" -Dbench.jvm="-Xmx512m -Dbench.province.more=0"} skips it:
	 * H2's file store takes 50–60 s a 100,000 reports to write at a load of 7 (10 minutes for the 900,000).
	 */
	static final int MORE_REPORTS = Integer.getInteger("bench.province.more", 1_000_000);
	/** Officials sending reports while the summaries go out: one in every second unit. */
	static final int LOAD_USERS = 50;
	/** Updates a second from them: two thirds of the ~30 answers a second Telegram lets a bot send. */
	static final int LOAD_RATE = 20;
	/** The load before the due time: not counted, then counted as "before the due time". */
	private static final Duration WARM_UP = Duration.ofSeconds(5);
	private static final Duration BEFORE = Duration.ofSeconds(10);
	/**
	 * How long the echo bot's floor is measured: its p99 is one of its slowest answers, which over 20 s
	 * (400) moved between 4.9 and 14 ms from run to run, and every "added" figure with it.
	 */
	private static final Duration ECHO_MEASURED = Duration.ofSeconds(60);
	/**
	 * The scheduler polls every minute in real life, so one poll falls in the minute before the due time
	 * (on the first Friday it rehearses a unit's summary); {@code -Dbench.province.poll-before=false}
	 * leaves it out, for a Friday that meets the summary's code at the due time itself.
	 */
	private static final boolean POLL_BEFORE = Boolean
		.parseBoolean(System.getProperty("bench.province.poll-before", "true"));
	/** When that poll runs: before the load starts ({@link #WARM_UP} + {@link #BEFORE} before 16:00). */
	private static final Duration POLLED_BEFORE = Duration.ofSeconds(45);
	/** Unit u's leadership group: a group chat id of its own. */
	private static final long GROUPS = -1_001_000_000_000L;
	/** The province's group, where its digest goes. */
	private static final long PROVINCE_GROUP = -1_002_000_000_000L;
	private static final int BATCH = 1_000;
	/** The store a province is recommended (README): PostgreSQL, else the embedded default. */
	static final boolean POSTGRES = "postgres".equalsIgnoreCase(System.getProperty("bench.province.database", "h2"));

	private ProvinceBenchmark() {
	}

	static void run(Path dir) throws Exception {
		System.out.printf("%n-- 2. province: %d units × %d items, %d officials, %d then %d reports (%s), "
				+ "the Friday summary through the scheduler --%n", UNITS, ITEMS, OFFICIALS, REPORTS, MORE_REPORTS,
				POSTGRES ? "PostgreSQL " + TestDatabase.url() : "H2 file");
		// The floor first, on a server of its own: the echo bot at the same open-loop rate.
		var echo = echoAtRate();
		var token = "676767:" + UUID.randomUUID();
		var server = Benchmarks.server(token, "troly_province_bot");
		ConfigurableApplicationContext context = null;
		try {
			context = new SpringApplicationBuilder(TroLyCchcApplication.class, BenchClock.Config.class)
				.run(InboundBenchmark.arguments(Map.ofEntries(
						Map.entry("spring.datasource.url", POSTGRES ? TestDatabase.urlFor("bench_province")
								: "jdbc:h2:file:" + dir.resolve("troly").toAbsolutePath()
										+ ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64"
										+ System.getProperty("bench.province.h2-settings", "")),
						Map.entry("spring.datasource.username", POSTGRES ? TestDatabase.user() : "sa"),
						Map.entry("spring.datasource.password", POSTGRES ? TestDatabase.password() : ""),
						Map.entry("TELEGRAM_BOT_TOKEN", token), Map.entry("TELEGRAM_BOT_USERNAME", "troly_province_bot"),
						Map.entry("TELEGRAM_API_URL", server.baseUrl()),
						Map.entry("spring.main.web-application-type", "none"), Map.entry("troly.sandbox.enabled", "false"),
						// The scheduler runs (it polled once at start, before any unit existed); the benchmark calls
						// its poll at the due time itself rather than wait for the next tick.
						Map.entry("troly.report.poll-interval", "1h"),
						// Thursday's reminders went out the day before in real life: not at this Friday's poll.
						Map.entry("troly.report.reminder-cron", "0 0 9 * * SAT"),
						Map.entry("logging.file.name", "target/bench/app.log"),
						Map.entry("logging.threshold.console", "OFF"))));
			var jdbc = context.getBean(JdbcTemplate.class);
			var clock = context.getBean(BenchClock.class);
			var scope = context.getBean(UnitScope.class);
			// The last Friday before today: the reports run from 1 January to an hour before its summary.
			var friday = LocalDate.now(TroLyCchcApplication.ZONE).with(TemporalAdjusters.previous(DayOfWeek.FRIDAY));
			clock.set(friday.atTime(15, 0).atZone(TroLyCchcApplication.ZONE).toInstant());
			var transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
			var started = System.nanoTime();
			var units = new ArrayList<Long>();
			for (var u = 0; u < UNITS; u++) {
				units.add(context.getBean(Units.class).add(unitName(u)).id());
			}
			var unitsMade = (System.nanoTime() - started) / 1e9;
			transaction.executeWithoutResult(status -> generate(jdbc, clock, units));
			var leadership = context.getBean(LeadershipGroup.class);
			for (var u = 0; u < UNITS; u++) {
				var title = "Lãnh đạo " + unitName(u);
				var group = GROUPS - u;
				scope.run(new UnitId(units.get(u)), () -> leadership.set(group, title, null));
				server.users().addBotTo(new GroupChat(group, title));
			}
			leadership.setForProvince(PROVINCE_GROUP, "Sở Nội vụ", null);
			server.users().addBotTo(new GroupChat(PROVINCE_GROUP, "Sở Nội vụ"));
			var structure = (System.nanoTime() - started) / 1e9;
			addReports(jdbc, transaction, clock, REPORTS);
			// Reports written by JDBC, not through ProgressManagement: where each item stands is built from them.
			context.getBean(ProgressManagement.class).rebuildItemProgress();
			System.out.printf("  generated the province in %.1f s (%d × Units.add %.1f s, then JDBC batches in one "
					+ "transaction, %d × LeadershipGroup.set) and %,d reports in %.1f s (insert … select)  [load %s]%n",
					structure, UNITS, unitsMade, UNITS, REPORTS, (System.nanoTime() - started) / 1e9 - structure,
					Benchmarks.load());

			System.out.printf("  units composed at once (troly.report.units-at-once): %d; the echo bot at %d updates/s "
					+ "(floor): %s%n", context.getBean(ReportSettings.class).unitsAtOnce(), LOAD_RATE, echo);
			var users = loadUsers();
			var reports = 0;
			for (var week = 0; week < 2; week++) {
				reports += friday(week == 0 ? "first Friday after start (cold)" : "the next Friday (warm)", context,
						server, clock, friday.plusWeeks(week), users, reports / LOAD_USERS, echo);
			}

			if (!Boolean.parseBoolean(System.getProperty("bench.province.queries", "true"))) {
				// -Dbench.province.queries=false: the Fridays only (a shorter run when trying settings).
				return;
			}
			// One unit's screens and every unit's summary composed directly (no posting), in the last unit's scope.
			var last = new UnitId(units.get(UNITS - 1));
			var context2 = context;
			var at100k = scope.within(last, () -> measureAll(context2, jdbc, REPORTS));
			if (MORE_REPORTS <= REPORTS) {
				return;
			}
			started = System.nanoTime();
			addReports(jdbc, transaction, clock, MORE_REPORTS - REPORTS);
			context.getBean(ProgressManagement.class).rebuildItemProgress();
			System.out.printf("%n  added %,d reports (%,d in all) in %.1f s  [load %s]%n", MORE_REPORTS - REPORTS,
					MORE_REPORTS, (System.nanoTime() - started) / 1e9, Benchmarks.load());
			var at1m = scope.within(last, () -> measureAll(context2, jdbc, MORE_REPORTS));
			System.out.printf("%n  growth from %,d to %,d reports (×%d): /tinhhinh p50 ×%.1f, every unit's summary "
					+ "(serial) ×%.1f%n", REPORTS, MORE_REPORTS, MORE_REPORTS / REPORTS, at1m[0] / at100k[0],
					at1m[1] / at100k[1]);
		}
		finally {
			if (context != null) {
				context.close();
			}
			server.close();
		}
	}

	private static String unitName(int u) {
		return "UBND xã Đơn vị " + (u + 1);
	}

	/** Load user k: an official of unit 2k holding item k mod 15's position (telegram id 5,000,000 + official). */
	private static List<ChatUser> loadUsers() {
		var users = new ArrayList<ChatUser>();
		for (var k = 0; k < LOAD_USERS; k++) {
			var official = loadOfficial(k);
			users.add(new ChatUser(5_000_000L + official, "Cán bộ " + official, "vi"));
		}
		return users;
	}

	private static int loadOfficial(int k) {
		return (2 * k * UNITS / (2 * LOAD_USERS)) * ITEMS + k % ITEMS;
	}

	/** The code of the item load user k leads (as {@link #generate} numbers a plan's items). */
	private static String loadItem(int k) {
		var i = loadOfficial(k) % ITEMS;
		return (i / 5 + 1) + "." + (i % 5 + 1);
	}

	/** The echo bot under the same open-loop load: warm-up, then as long as the "before the due time" span twice. */
	private static OpenLoad.Stats echoAtRate() throws Exception {
		var token = "686868:" + UUID.randomUUID();
		try (var server = Benchmarks.server(token, "echo_province_bot");
				var polling = InboundBenchmark.echoBot(server, token)) {
			var users = loadUsers();
			try (var load = new OpenLoad(server, users, LOAD_RATE, (user, k) -> "/so 1.1 " + (80 + k % 21),
					request -> {
					})) {
				var begun = System.nanoTime();
				load.start(0);
				Thread.sleep(WARM_UP.plus(ECHO_MEASURED).toMillis());
				if (!load.stop(10_000)) {
					throw new IllegalStateException("the echo bot left updates unanswered");
				}
				var stats = OpenLoad.Stats.of(load.samples(), begun + WARM_UP.toNanos(), Long.MAX_VALUE);
				polling.unregisterBot(token);
				return stats;
			}
		}
	}

	/**
	 * One Friday: the scheduler's poll {@link #POLLED_BEFORE} before 16:00 ({@link #POLL_BEFORE}), then the clock set
	 * {@link #WARM_UP} + {@link #BEFORE} before 16:00, the load started, the
	 * scheduler's poll at 16:00, the load kept on until a second after the last summary message reached
	 * the server. Returns the number of reports the load sent.
	 */
	private static int friday(String name, ConfigurableApplicationContext context, BotApiServer server,
			BenchClock clock, LocalDate friday, List<ChatUser> users, int firstRound, OpenLoad.Stats echo)
			throws Exception {
		var jdbc = context.getBean(JdbcTemplate.class);
		var due = friday.atTime(16, 0).atZone(TroLyCchcApplication.ZONE).toInstant();
		var week = SchedulerSteps.weekKey(due);
		var groupMessages = new AtomicInteger();
		var digestMessages = new AtomicInteger();
		var lastDigestMessage = new AtomicLong();
		var lastGroupMessage = new AtomicLong();
		var firstGroupMessage = new AtomicLong();
		var figures = jdbc.queryForObject("select count(*) from progress_report where source <> 'bench'", Long.class);
		server.sendRates().reset();
		try (var load = new OpenLoad(server, users, LOAD_RATE,
				(user, k) -> "/so " + loadItem(user) + " " + (80 + (user + k) % 21), request -> {
					var toGroup = request.chatId() != null && request.chatId() < 0
							&& (request.is("sendMessage") || request.is("sendPhoto"));
					if (toGroup && request.chatId() == PROVINCE_GROUP) {
						lastDigestMessage.set(System.nanoTime());
						digestMessages.incrementAndGet();
					}
					else if (toGroup) {
						var now = System.nanoTime();
						firstGroupMessage.compareAndSet(0, now);
						lastGroupMessage.set(now);
						groupMessages.incrementAndGet();
					}
				})) {
			var pollBefore = Double.NaN;
			if (POLL_BEFORE) {
				clock.set(due.minus(POLLED_BEFORE));
				var started = System.nanoTime();
				SchedulerSteps.poll(context);
				pollBefore = (System.nanoTime() - started) / 1e6;
			}
			clock.set(due.minus(WARM_UP).minus(BEFORE));
			var dueNanos = clock.nanosAt(due);
			var loadStarted = System.nanoTime();
			load.start(firstRound);
			while (System.nanoTime() < dueNanos) {
				LockSupport.parkNanos(dueNanos - System.nanoTime());
			}
			var lateBy = System.nanoTime() - dueNanos;
			var cpuAtDue = CpuTime.now();
			SchedulerSteps.poll(context);
			var polled = System.nanoTime();
			var cpuPolled = CpuTime.now();
			var expected = 2 * UNITS;
			var deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
			// The digest's messages: as many as its outbox rows (a long ranking may be split).
			var digestRows = -1;
			while ((groupMessages.get() < expected || digestRows < 1 || digestMessages.get() < digestRows)
					&& System.nanoTime() < deadline) {
				Thread.sleep(20);
				if (groupMessages.get() >= expected || digestRows < 1) {
					digestRows = jdbc.queryForObject("""
							select count(*) from telegram_outbox where delivery_key like concat('province-digest:',
							    (select max(id) from sent_summary where week_key = ? and unit_id is null), '/%')""",
							Integer.class, week);
				}
			}
			var delivered = Math.max(lastGroupMessage.get(), lastDigestMessage.get());
			var cpuDelivered = CpuTime.now();
			Thread.sleep(1_000);
			var answered = load.stop(15_000);
			var end = System.nanoTime();

			// When each summary was composed (sent_summary.sent_at) and its messages written to the outbox
			// (telegram_outbox.created_at): the application's clock, which reads 16:00 at dueNanos.
			var composedLast = jdbc.queryForObject(
					"select max(sent_at) from sent_summary where week_key = ? and unit_id is not null", Timestamp.class, week);
			var summaries = jdbc.queryForObject(
					"select count(*) from sent_summary where week_key = ? and unit_id is not null", Long.class, week);
			var digestComposed = jdbc.queryForObject(
					"select max(sent_at) from sent_summary where week_key = ? and unit_id is null", Timestamp.class, week);
			var digestInOutbox = jdbc.queryForObject("""
					select max(created_at) from telegram_outbox where delivery_key like concat('province-digest:',
					    (select max(id) from sent_summary where week_key = ? and unit_id is null), '/%')""",
					Timestamp.class, week);
			var rows = jdbc.queryForList("""
					select o.api_method, o.created_at from telegram_outbox o
					where o.delivery_key in (select concat('summary:', s.id, '/', n.x) from sent_summary s
					    cross join (select 0 as x union all select 1 union all select 2 union all select 3) n
					    where s.week_key = ? and s.unit_id is not null)""", week);
			var photos = rows.stream().filter(r -> "sendPhoto".equals(r.get("api_method"))).count();
			var outboxLast = rows.stream().map(r -> toInstant(r.get("created_at"))).max(Instant::compareTo)
				.orElse(due);
			var inOutbox = Duration.between(due, outboxLast).toNanos();
			var composed = composedLast == null ? Double.NaN : Duration.between(due, composedLast.toInstant()).toMillis();
			var rates = server.sendRates();
			System.out.printf("%n  %s, %s (the poll started %.1f ms after the due time)  [load %s]%n", name, week,
					lateBy / 1e6, Benchmarks.load());
			System.out.printf("    the poll %d s before the due time (a rehearsal of one unit's summary until one was posted): %s%n",
					POLLED_BEFORE.toSeconds(),
					Double.isNaN(pollBefore) ? "left out (-Dbench.province.poll-before=false)" : String.format("%.0f ms", pollBefore));
			System.out.printf("    due → poll() returned (every unit's summary composed and recorded): %.0f ms; "
					+ "last summary composed at +%.0f ms%n", (polled - dueNanos) / 1e6, composed);
			System.out.printf("    due → every unit's summary and chart in the outbox: %.0f ms (goal ≤ 2,000 ms): "
					+ "%d summaries, %d outbox rows, %d charts%n", inOutbox / 1e6, summaries, rows.size(), photos);
			System.out.printf("    due → first / last message delivered: %.2f s / %.2f s (%d summary messages to %d "
					+ "groups, the digest's too); most in any second (bot): %d (limit 30), to one group in any minute: %d (limit 20)%n",
					(firstGroupMessage.get() - dueNanos) / 1e9, (delivered - dueNanos) / 1e9, groupMessages.get(), UNITS,
					rates.maxInAnyWindow(Duration.ofSeconds(1)), rates.maxPerGroupInAnyWindow(Duration.ofMinutes(1)));
			System.out.printf("    province digest: composed at +%s ms, in the outbox at +%s ms, its %d message(s) delivered "
					+ "at +%.2f s%n", digestComposed == null ? "-" : Duration.between(due, digestComposed.toInstant()).toMillis(),
					digestInOutbox == null ? "-" : Duration.between(due, digestInOutbox.toInstant()).toMillis(),
					digestMessages.get(), (lastDigestMessage.get() - dueNanos) / 1e9);
			System.out.printf("    CPU due → poll() returned: %s%n", cpuPolled.since(cpuAtDue));
			System.out.printf("    CPU due → last delivered:  %s%n", cpuDelivered.since(cpuAtDue));
			System.out.printf("    memory due → poll() returned: %s%n", cpuPolled.memorySince(cpuAtDue));
			System.out.printf("    memory due → last delivered:  %s; %.0f kB a report answered by the polling thread%n",
					cpuDelivered.memorySince(cpuAtDue), perAnswer(cpuAtDue, cpuDelivered, load.samples(), dueNanos, delivered));
			var samples = load.samples();
			var outboxNanos = dueNanos + inOutbox;
			var spans = new LinkedHashMap<String, OpenLoad.Stats>();
			spans.put("before the due time (" + BEFORE.toSeconds() + " s)",
					OpenLoad.Stats.of(samples, loadStarted + WARM_UP.toNanos(), dueNanos));
			spans.put("due → all in the outbox (composing)", OpenLoad.Stats.of(samples, dueNanos, outboxNanos));
			spans.put("all in the outbox → last delivered (sending)", OpenLoad.Stats.of(samples, outboxNanos, delivered));
			// The sending's steady state: the backlog the composing left is answered by then.
			spans.put("the last 10 s of the sending", OpenLoad.Stats.of(samples, Math.max(outboxNanos, delivered
					- Duration.ofSeconds(10).toNanos()), delivered));
			spans.put("due → last delivered", OpenLoad.Stats.of(samples, dueNanos, delivered));
			spans.put("whole run, warm-up left out", OpenLoad.Stats.of(samples, loadStarted + WARM_UP.toNanos(), end));
			spans.forEach((span, stats) -> System.out.printf("    reports at %d/s, %-46s %s; added over echo p50 %+.2f ms, "
					+ "p99 %+.2f ms%n", LOAD_RATE, span + ":", stats, stats.p50() - echo.p50(), stats.p99() - echo.p99()));
			var stored = jdbc.queryForObject("select count(*) from progress_report where source <> 'bench'", Long.class)
					- figures;
			var lost = groupMessages.get() != expected || summaries != UNITS || photos != UNITS || digestRows < 1
					|| digestMessages.get() != digestRows;
			System.out.printf("    check: %d reports sent, %d stored, every one answered: %s; %d summaries, %d charts, %d "
					+ "group messages (expected %d, %d, %d)%n", load.sent(), stored, answered, summaries, photos,
					groupMessages.get(), UNITS, UNITS, expected);
			if (!answered || stored != load.sent() || lost) {
				throw new IllegalStateException("reports unanswered or summaries missing");
			}
			return load.sent();
		}
	}

	private static Instant toInstant(Object value) {
		if (value instanceof java.time.OffsetDateTime offset) {
			return offset.toInstant();
		}
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant();
		}
		return Instant.parse(value.toString());
	}

	/** The polling thread's allocation in the span, a report sent in it (the load is nearly all it does). */
	private static double perAnswer(CpuTime from, CpuTime to, List<OpenLoad.Sample> samples, long fromNanos,
			long toNanos) {
		var answered = samples.stream().filter(s -> s.sentNanos() >= fromNanos && s.sentNanos() < toNanos).count();
		var bytes = to.allocated().getOrDefault("telegram-polling", 0L) - from.allocated().getOrDefault("telegram-polling", 0L);
		return answered == 0 ? Double.NaN : bytes / 1e3 / answered;
	}

	/** Prints every figure at this size; returns /tinhhinh p50 and every unit's summary (serial), in ms. */
	private static double[] measureAll(ConfigurableApplicationContext context, JdbcTemplate jdbc, int reports) {
		System.out.printf("  at %,d reports:%n", reports);
		var queries = context.getBean(ReportQueries.class);
		var situations = context.getBean(ItemSituation.class);
		var summaries = context.getBean(Summaries.class);
		var people = context.getBean(PeopleManagement.class);
		var positions = context.getBean(Positions.class);
		var planItems = context.getBean(PlanItems.class);
		var vi = Locale.forLanguageTag("vi");
		var overview = queries.overview();
		if (overview.sections().stream().mapToInt(s -> s.items().size()).sum() != ITEMS) {
			throw new IllegalStateException("the current plan should show " + ITEMS + " items: " + overview);
		}
		measure("/tinhhinh (ReportQueries.overview)", 200, queries::overview);
		var tinhhinh = lastP50;
		// H2 answers a query it ran with the same parameters from its last result while no table it
		// reads has changed; in use, reports arrive between two /tinhhinh. So also with a report on
		// another unit's item stored before each call (not timed).
		var other = jdbc.queryForObject("select min(id) from plan_item", Long.class);
		measureAfter("/tinhhinh, a report stored before each", 100, () -> jdbc.update("""
				insert into progress_report (plan_item_id, official_id, kind, figure_value, last_year, done,
				    reported_at, source)
				values (?, 100000, 'FIGURE', 90, false, false, current_timestamp, 'bench')""", other),
				queries::overview);
		measure("ItemSituation.situations", 100, situations::situations);
		measure("weekly summary, data (Summaries.compose)", 50, summaries::compose);
		var preview = measure("weekly summary + chart (Summaries.preview)", 30, () -> summaries.preview(vi));

		if (reports == REPORTS) {
			// The leads of one plan, the way of session 1 (every position's name, then each lead position's
			// holders as official aggregates) and the one query now; same names, side by side.
			var leadIds = planItems.current().stream().map(i -> i.leadPosition().getId()).toList();
			measure("  leads, before: Positions.all + 15 × holding", 30, () -> {
				var names = positions.all().size();
				return leadIds.stream().mapToInt(id -> people.holding(id).size()).sum() + names;
			});
			measure("  leads, now: PeopleManagement.holders", 100, () -> people.holders(leadIds));

			// The chart's PNG encoding, on the picture the summary drew, side by side: ImageIO's writer at
			// deflate level 2 (the chart's encoder before) and the report module's own (now).
			var image = rgb(read(preview.chartPng()));
			// PNGImageWriter: deflate level = 9 - round(9 × quality).
			var before = measure("  chart PNG encoding, before: ImageIO level 2", 30, () -> png(image, 0.75f));
			System.out.printf("      → %d KB, same pixels: %s%n", before.length / 1024,
					samePixels(image, read(before)));
			var now = measure("  chart PNG encoding, now: PngEncoder", 30, () -> ChartSteps.png(image));
			System.out.printf("      → %d KB, same pixels: %s%n", now.length / 1024,
					samePixels(image, read(now)));
		}

		var plans = jdbc.queryForList("select id from plan order by id", Long.class);
		// Warm-up: a few units, so the serial pass is not the JIT's first sight of other plans.
		plans.subList(0, 5).forEach(id -> summaries.preview(id, vi));
		// What one pass over every unit spends where: the items, their statuses, their leads.
		var itemsOf = plans.stream().collect(java.util.stream.Collectors.toMap(id -> id, planItems::ofPlan));
		System.out.printf("  every unit's items (%d × PlanItems.ofPlan): %.0f ms; statuses (× ItemSituation.situations"
				+ "(planId)): %.0f ms; leads (× PeopleManagement.holders): %.0f ms  [load %s]%n", plans.size(),
				time(() -> plans.forEach(planItems::ofPlan)), time(() -> plans.forEach(situations::situations)),
				time(() -> itemsOf.values().forEach(items -> people.holders(items.stream()
					.map(i -> i.leadPosition().getId()).toList()))), Benchmarks.load());
		var data = time(() -> plans.forEach(summaries::compose));
		System.out.printf("  every unit's summary, data only (%d × Summaries.compose(planId), serial): %.0f ms  [load %s]%n",
				plans.size(), data, Benchmarks.load());
		var serial = time(() -> plans.forEach(id -> summaries.preview(id, vi)));
		System.out.printf("  every unit's summary + chart (%d × Summaries.preview(planId), serial): %.0f ms "
				+ "(goal ≤ 2,000 ms)  [load %s]%n", plans.size(), serial, Benchmarks.load());
		System.out.printf("    of which the charts (summary + chart less data only): %.0f ms, %.1f ms a chart%n",
				serial - data, (serial - data) / plans.size());
		var pool = Executors.newFixedThreadPool(2);
		try {
			var parallel = time(() -> {
				var futures = plans.stream().map(id -> pool.submit(() -> summaries.preview(id, vi))).toList();
				for (var future : futures) {
					try {
						future.get();
					}
					catch (Exception e) {
						throw new IllegalStateException(e);
					}
				}
			});
			System.out.printf("  every unit's summary + chart, on 2 threads: %.0f ms  [load %s]%n", parallel,
					Benchmarks.load());
		}
		finally {
			pool.shutdown();
		}
		System.out.printf("  one unit's summary: %d items, chart %d KB%n", preview.summary().items().size(),
				preview.chartPng().length / 1024);
		System.gc();
		System.out.printf("  heap used after a full GC: %d MB (whole benchmark JVM, province data in the H2 cache)%n",
				Benchmarks.heapUsedMb());
		return new double[] { tinhhinh, serial };
	}

	/** As {@link #measure}, with {@code before} run (not timed) before each call. */
	private static <T> void measureAfter(String name, int times, Runnable before, Supplier<T> call) {
		var calls = new java.util.concurrent.atomic.AtomicInteger();
		var nanos = new long[times];
		for (var i = 0; i < times + 2; i++) {
			before.run();
			var start = System.nanoTime();
			call.get();
			if (i >= 2) {
				nanos[calls.getAndIncrement()] = System.nanoTime() - start;
			}
		}
		java.util.Arrays.sort(nanos);
		System.out.printf("  %-44s p50 %8.2f ms, p99 %8.2f ms, max %8.2f ms (%d calls)  [load %s]%n", name,
				nanos[times / 2] / 1e6, nanos[(int) Math.ceil(0.99 * times) - 1] / 1e6, nanos[times - 1] / 1e6, times,
				Benchmarks.load());
	}

	private static double time(Runnable run) {
		var start = System.nanoTime();
		run.run();
		return (System.nanoTime() - start) / 1e6;
	}

	private static byte[] png(BufferedImage image, float quality) {
		try (var out = new ByteArrayOutputStream(); var stream = ImageIO.createImageOutputStream(out)) {
			var writer = ImageIO.getImageWritersByFormatName("png").next();
			try {
				writer.setOutput(stream);
				var param = writer.getDefaultWriteParam();
				if (quality >= 0) {
					param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
					param.setCompressionQuality(quality);
				}
				writer.write(null, new IIOImage(image, null, null), param);
			}
			finally {
				writer.dispose();
			}
			stream.flush();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static BufferedImage read(byte[] png) {
		try {
			return ImageIO.read(new ByteArrayInputStream(png));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The decoded chart as the renderer draws it: packed RGB ints. */
	private static BufferedImage rgb(BufferedImage decoded) {
		var image = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.drawImage(decoded, 0, 0, null);
		g.dispose();
		return image;
	}

	private static boolean samePixels(BufferedImage a, BufferedImage b) {
		if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
			return false;
		}
		for (var y = 0; y < a.getHeight(); y++) {
			for (var x = 0; x < a.getWidth(); x++) {
				if (a.getRGB(x, y) != b.getRGB(x, y)) {
					return false;
				}
			}
		}
		return true;
	}

	private static double lastP50;

	/**
	 * Runs the call twice to warm up, then {@code times} times or until 15 s have gone (at least five
	 * calls: a slow query must not make the benchmark endless), and prints p50/p99/max.
	 */
	private static <T> T measure(String name, int times, Supplier<T> call) {
		T result = null;
		for (var i = 0; i < 2; i++) {
			result = call.get();
		}
		var nanos = new long[times];
		var count = 0;
		var began = System.nanoTime();
		while (count < times && (count < 5 || System.nanoTime() - began < 15_000_000_000L)) {
			var start = System.nanoTime();
			result = call.get();
			nanos[count++] = System.nanoTime() - start;
		}
		var done = java.util.Arrays.copyOf(nanos, count);
		java.util.Arrays.sort(done);
		lastP50 = done[count / 2] / 1e6;
		System.out.printf("  %-44s p50 %8.2f ms, p99 %8.2f ms, max %8.2f ms (%d calls)  [load %s]%n", name, lastP50,
				done[(int) Math.ceil(0.99 * count) - 1] / 1e6, done[count - 1] / 1e6, count, Benchmarks.load());
		return result;
	}

	/**
	 * The units' plans, positions and officials: one position per item and unit (1,500), in that unit,
	 * each held by two officials of the unit (30 a unit).
	 */
	private static void generate(JdbcTemplate jdbc, Clock clock, List<Long> units) {
		var now = clock.instant();
		var year = LocalDate.ofInstant(now, TroLyCchcApplication.ZONE).getYear();
		var nowTs = Timestamp.from(now);
		var base = jdbc.queryForObject("select coalesce(max(id), 0) from job_position", Long.class) + 1;

		var positions = new ArrayList<Object[]>();
		for (var p = 0; p < UNITS * ITEMS; p++) {
			positions.add(new Object[] { base + p, "Chức danh " + (p % ITEMS + 1) + " - Đơn vị " + (p / ITEMS + 1),
					"bench-position-" + p, "POSITION", units.get(p / ITEMS) });
		}
		batch(jdbc, "insert into job_position (id, name, match_key, kind, unit_id) values (?, ?, ?, ?, ?)", positions);
		var plans = new ArrayList<Object[]>();
		var sections = new ArrayList<Object[]>();
		var items = new ArrayList<Object[]>();
		for (var u = 0; u < UNITS; u++) {
			long planId = 1_000 + u;
			plans.add(new Object[] { planId, units.get(u), u + "/KH-UBND",
					"Kế hoạch khắc phục hạn chế, yếu kém chỉ số cải cách hành chính, đơn vị " + (u + 1), year,
					Timestamp.from(now.minus(Duration.ofMinutes(UNITS - u))) });
			for (var s = 0; s < 3; s++) {
				sections.add(new Object[] { planId, s, String.valueOf(s + 1), "Lĩnh vực " + (s + 1) });
			}
			for (var i = 0; i < ITEMS; i++) {
				long itemId = 100_000L + u * ITEMS + i;
				items.add(new Object[] { itemId, planId, (i / 5 + 1) + "." + (i % 5 + 1), i, String.valueOf(i / 5 + 1),
						"Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn, chỉ tiêu " + (i + 1), "PERCENT", "GT",
						98, "%", base + u * ITEMS + i });
			}
		}
		batch(jdbc, "insert into plan (id, unit_id, number, title, plan_year, imported_at) values (?, ?, ?, ?, ?, ?)",
				plans);
		batch(jdbc, "insert into plan_section (plan_id, idx, code, title) values (?, ?, ?, ?)", sections);
		batch(jdbc, """
				insert into plan_item (id, plan_id, code, ordinal, section_code, title, target_kind, target_comparator,
				    target_value, target_unit, target_per_year, lead_position_id, timeframe_recurring)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, false)""", items);

		var officials = new ArrayList<Object[]>();
		var holders = new ArrayList<Object[]>();
		var roles = new ArrayList<Object[]>();
		for (var o = 0; o < OFFICIALS; o++) {
			long officialId = 100_000L + o;
			var position = o % (UNITS * ITEMS);
			officials.add(new Object[] { officialId, 5_000_000L + o, "Cán bộ " + o, nowTs, units.get(position / ITEMS) });
			holders.add(new Object[] { officialId, base + position });
			roles.add(new Object[] { officialId, "OFFICIAL" });
		}
		batch(jdbc, """
				insert into official (id, telegram_user_id, display_name, active, registered_at, unit_id)
				values (?, ?, ?, true, ?, ?)""", officials);
		batch(jdbc, "insert into official_position (official_id, position_id) values (?, ?)", holders);
		batch(jdbc, "insert into official_role (official_id, role) values (?, ?)", roles);

		jdbc.execute("analyze");
	}

	/**
	 * Adds {@code count} figure reports, spread evenly over the province's items, their two holders and
	 * this year so far. Generated inside H2 ({@code system_range}), 100,000 rows a transaction: a
	 * million rows in well under a minute, where JDBC batches took about 3. The "random" figures, items
	 * and moments are multiplicative hashes of the row number, so every run has the same data.
	 */
	private static void addReports(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock, int count) {
		var now = clock.instant();
		var year = LocalDate.ofInstant(now, TroLyCchcApplication.ZONE).getYear();
		var yearStart = LocalDate.of(year, 1, 1).atStartOfDay(TroLyCchcApplication.ZONE).toInstant();
		var span = Duration.between(yearStart, now).toSeconds();
		var items = UNITS * ITEMS;
		long first = jdbc.queryForObject("select count(*) from progress_report", Long.class) + 1;
		for (var from = first; from < first + count; from += 100_000) {
			var to = Math.min(first + count - 1, from + 99_999);
			// The same rows on either store: H2 numbers them with system_range, PostgreSQL with generate_series.
			var numbers = POSTGRES ? "generate_series(cast(%d as bigint), cast(%d as bigint)) as g(x)".formatted(from, to)
					: "system_range(%d, %d)".formatted(from, to);
			var moment = POSTGRES ? "cast(? as timestamp with time zone) + mod(x * 104729, %d) * interval '1 second'"
				.formatted(span) : "dateadd(SECOND, mod(x * 104729, %d), cast(? as timestamp with time zone))".formatted(span);
			transaction.executeWithoutResult(status -> jdbc.update("""
					insert into progress_report (plan_item_id, official_id, kind, figure_value, last_year, done,
					    reported_at, source)
					select 100000 + mod(x * 7919, %1$d), 100000 + mod(x * 7919, %1$d) + mod(x * 13, 2) * %1$d, 'FIGURE',
					       80 + mod(x * 31, 21), false, false, %2$s, 'bench'
					from %3$s
					order by 1, 7
					""".formatted(items, moment, numbers), Timestamp.from(yearStart)));
		}
		jdbc.execute("analyze");
	}

	private static void batch(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
		for (var from = 0; from < rows.size(); from += BATCH) {
			jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
		}
	}
}
