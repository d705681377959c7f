package vn.cchc.troly.bench;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cchc.troly.TroLyCchcApplication;
import vn.cchc.troly.progress.ItemSituation;
import vn.cchc.troly.progress.ProgressManagement;
import vn.cchc.troly.report.ReportQueries;
import vn.cchc.troly.report.Summaries;

/**
 * Province scale: {@value #UNITS} units, each with its own plan of {@value #ITEMS} items,
 * {@value #OFFICIALS} officials and {@value #REPORTS} figure reports spread over this year,
 * inserted with JDBC batches into an H2 file. The application knows one current plan per database
 * (the one imported last), so the queries below are what one unit's coordinator or the weekly job
 * runs, over a database holding the whole province's reports.
 */
final class ProvinceBenchmark {

	static final int UNITS = 100;
	static final int ITEMS = 15;
	static final int OFFICIALS = 3_000;
	static final int REPORTS = 100_000;
	private static final int BATCH = 1_000;

	private ProvinceBenchmark() {
	}

	static void run(Path dir) throws Exception {
		System.out.printf("%n-- 2. province: %d units × %d items, %d officials, %d reports (H2 file) --%n", UNITS, ITEMS,
				OFFICIALS, REPORTS);
		var context = new SpringApplicationBuilder(TroLyCchcApplication.class)
			.run(InboundBenchmark.arguments(Map.of("spring.datasource.url",
					"jdbc:h2:file:" + dir.resolve("troly").toAbsolutePath() + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
					// No token and no sandbox: the bot stays off; only the queries are measured.
					"troly.sandbox.enabled", "false", "troly.report.scheduling-enabled", "false",
					"spring.main.web-application-type", "none", "logging.file.name", "target/bench/app.log",
					"logging.threshold.console", "OFF")));
		try {
			var jdbc = context.getBean(JdbcTemplate.class);
			var clock = context.getBean(Clock.class);
			var started = System.nanoTime();
			generate(jdbc, clock);
			// Reports written by JDBC, not through ProgressManagement: where each item stands is built from them.
			context.getBean(ProgressManagement.class).rebuildItemProgress();
			System.out.printf("  generated in %.1f s with JDBC batches of %d  [load %s]%n",
					(System.nanoTime() - started) / 1e9, BATCH, Benchmarks.load());

			var queries = context.getBean(ReportQueries.class);
			var situations = context.getBean(ItemSituation.class);
			var summaries = context.getBean(Summaries.class);
			var vi = Locale.forLanguageTag("vi");
			var overview = queries.overview();
			if (overview.sections().stream().mapToInt(s -> s.items().size()).sum() != ITEMS) {
				throw new IllegalStateException("the current plan should show " + ITEMS + " items: " + overview);
			}
			measure("/tinhhinh (ReportQueries.overview)", 100, queries::overview);
			measure("ItemSituation.situations", 100, situations::situations);
			measure("weekly summary, data (Summaries.compose)", 30, summaries::compose);
			var preview = measure("weekly summary + chart (Summaries.preview)", 30, () -> summaries.preview(vi));
			System.out.printf("  one unit's summary: %d characters of text, chart %d KB; every unit's summary (%d × one "
					+ "unit's p50, the application composes one current plan per database): %.0f ms (goal ≤ 2,000 ms)%n",
					preview.html().length(), preview.chartPng().length / 1024, UNITS, UNITS * lastP50);
			System.gc();
			System.out.printf("  heap used after a full GC: %d MB (whole benchmark JVM, province data in the H2 cache)%n",
					Benchmarks.heapUsedMb());
		}
		finally {
			context.close();
		}
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

	private static void generate(JdbcTemplate jdbc, Clock clock) {
		var random = new Random(7);
		var now = clock.instant();
		var year = LocalDate.ofInstant(now, TroLyCchcApplication.ZONE).getYear();
		var yearStart = LocalDate.of(year, 1, 1).atStartOfDay(TroLyCchcApplication.ZONE).toInstant();
		var nowTs = Timestamp.from(now);
		var base = jdbc.queryForObject("select coalesce(max(id), 0) from job_position", Long.class) + 1;

		// One position per item and unit (1,500), each held by two officials.
		var positions = new ArrayList<Object[]>();
		for (var p = 0; p < UNITS * ITEMS; p++) {
			positions.add(new Object[] { base + p, "Chức danh " + (p % ITEMS + 1) + " - Đơn vị " + (p / ITEMS + 1),
					"bench-position-" + p, "POSITION" });
		}
		batch(jdbc, "insert into job_position (id, name, match_key, kind) values (?, ?, ?, ?)", positions);
		var units = new ArrayList<Object[]>();
		var plans = new ArrayList<Object[]>();
		var sections = new ArrayList<Object[]>();
		var items = new ArrayList<Object[]>();
		for (var u = 0; u < UNITS; u++) {
			long unitId = 1_000 + u;
			long planId = 1_000 + u;
			units.add(new Object[] { unitId, "Đơn vị " + (u + 1), "Asia/Ho_Chi_Minh" });
			// The last unit's plan is imported last: it is the current plan.
			plans.add(new Object[] { planId, unitId, u + "/KH-UBND",
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
		batch(jdbc, "insert into admin_unit (id, name, time_zone) values (?, ?, ?)", units);
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
			officials.add(new Object[] { officialId, 5_000_000L + o, "Cán bộ " + o, nowTs });
			holders.add(new Object[] { officialId, base + o % (UNITS * ITEMS) });
			roles.add(new Object[] { officialId, "OFFICIAL" });
		}
		batch(jdbc, "insert into official (id, telegram_user_id, display_name, active, registered_at) values (?, ?, ?, true, ?)",
				officials);
		batch(jdbc, "insert into official_position (official_id, position_id) values (?, ?)", holders);
		batch(jdbc, "insert into official_role (official_id, role) values (?, ?)", roles);

		var reports = new ArrayList<Object[]>(BATCH);
		var span = Duration.between(yearStart, now).toSeconds();
		for (var r = 0; r < REPORTS; r++) {
			var item = random.nextInt(UNITS * ITEMS);
			// Either of the item's two holders.
			var official = 100_000L + item + (random.nextBoolean() ? UNITS * ITEMS : 0);
			var at = yearStart.plusSeconds((long) (random.nextDouble() * span));
			reports.add(new Object[] { 100_000L + item, official, 80 + random.nextInt(21), Timestamp.from(at) });
			if (reports.size() == BATCH) {
				insertReports(jdbc, reports);
				reports.clear();
			}
		}
		insertReports(jdbc, reports);
		jdbc.execute("analyze");
	}

	private static void insertReports(JdbcTemplate jdbc, List<Object[]> rows) {
		batch(jdbc, """
				insert into progress_report (plan_item_id, official_id, kind, figure_value, last_year, done, reported_at,
				    source)
				values (?, ?, 'FIGURE', ?, false, false, ?, 'bench')""", rows);
	}

	private static void batch(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
		for (var from = 0; from < rows.size(); from += BATCH) {
			jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
		}
	}
}
