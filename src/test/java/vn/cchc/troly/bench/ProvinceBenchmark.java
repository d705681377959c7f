package vn.cchc.troly.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cchc.troly.TroLyCchcApplication;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.Positions;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.progress.ItemSituation;
import vn.cchc.troly.progress.ProgressManagement;
import vn.cchc.troly.report.ChartSteps;
import vn.cchc.troly.report.ReportQueries;
import vn.cchc.troly.report.Summaries;

/**
 * Province scale: {@value #UNITS} units, each with its own plan of {@value #ITEMS} items,
 * {@value #OFFICIALS} officials and first {@value #REPORTS} figure reports spread over this year,
 * then 1,000,000 in all (by default), in an H2 file. The current plan is the one imported last:
 * {@code /tinhhinh} is one unit's screen over a database holding the whole province's reports;
 * "every unit's summary" composes each of the {@value #UNITS} plans' summaries (data and chart)
 * with {@link Summaries#preview(long, Locale)}, one after the other, then on two threads.
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
	private static final int BATCH = 1_000;

	private ProvinceBenchmark() {
	}

	static void run(Path dir) throws Exception {
		System.out.printf("%n-- 2. province: %d units × %d items, %d officials, %d then %d reports (H2 file) --%n", UNITS,
				ITEMS, OFFICIALS, REPORTS, MORE_REPORTS);
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
			var transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
			var started = System.nanoTime();
			transaction.executeWithoutResult(status -> generate(jdbc, clock));
			var structure = (System.nanoTime() - started) / 1e9;
			addReports(jdbc, transaction, clock, REPORTS);
			// Reports written by JDBC, not through ProgressManagement: where each item stands is built from them.
			context.getBean(ProgressManagement.class).rebuildItemProgress();
			System.out.printf("  generated the province in %.1f s (JDBC batches, one transaction) and %,d reports in "
					+ "%.1f s (insert … select in H2)  [load %s]%n", structure, REPORTS,
					(System.nanoTime() - started) / 1e9 - structure, Benchmarks.load());
			var at100k = measureAll(context, jdbc, REPORTS);

			if (MORE_REPORTS <= REPORTS) {
				return;
			}
			started = System.nanoTime();
			addReports(jdbc, transaction, clock, MORE_REPORTS - REPORTS);
			context.getBean(ProgressManagement.class).rebuildItemProgress();
			System.out.printf("%n  added %,d reports (%,d in all) in %.1f s  [load %s]%n", MORE_REPORTS - REPORTS,
					MORE_REPORTS, (System.nanoTime() - started) / 1e9, Benchmarks.load());
			var at1m = measureAll(context, jdbc, MORE_REPORTS);
			System.out.printf("%n  growth from %,d to %,d reports (×%d): /tinhhinh p50 ×%.1f, every unit's summary "
					+ "(serial) ×%.1f%n", REPORTS, MORE_REPORTS, MORE_REPORTS / REPORTS, at1m[0] / at100k[0],
					at1m[1] / at100k[1]);
		}
		finally {
			context.close();
		}
	}

	/** Prints every figure at this size; returns /tinhhinh p50 and every unit's summary (serial), in ms. */
	private static double[] measureAll(ConfigurableApplicationContext context, JdbcTemplate jdbc, int reports)
			throws Exception {
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
			var image = rgb(ImageIO.read(new ByteArrayInputStream(preview.chartPng())));
			// PNGImageWriter: deflate level = 9 - round(9 × quality).
			var before = measure("  chart PNG encoding, before: ImageIO level 2", 30, () -> png(image, 0.75f));
			System.out.printf("      → %d KB, same pixels: %s%n", before.length / 1024,
					samePixels(image, ImageIO.read(new ByteArrayInputStream(before))));
			var now = measure("  chart PNG encoding, now: PngEncoder", 30, () -> ChartSteps.png(image));
			System.out.printf("      → %d KB, same pixels: %s%n", now.length / 1024,
					samePixels(image, ImageIO.read(new ByteArrayInputStream(now))));
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

	private static void generate(JdbcTemplate jdbc, Clock clock) {
		var now = clock.instant();
		var year = LocalDate.ofInstant(now, TroLyCchcApplication.ZONE).getYear();
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
			var low = from;
			transaction.executeWithoutResult(status -> jdbc.update("""
					insert into progress_report (plan_item_id, official_id, kind, figure_value, last_year, done,
					    reported_at, source)
					select 100000 + mod(x * 7919, %1$d), 100000 + mod(x * 7919, %1$d) + mod(x * 13, 2) * %1$d, 'FIGURE',
					       80 + mod(x * 31, 21), false, false,
					       dateadd(SECOND, mod(x * 104729, %2$d), cast(? as timestamp with time zone)), 'bench'
					from system_range(%3$d, %4$d)
					order by 1, 7
					""".formatted(items, span, low, to), Timestamp.from(yearStart)));
		}
		jdbc.execute("analyze");
	}

	private static void batch(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
		for (var from = 0; from < rows.size(); from += BATCH) {
			jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
		}
	}
}
