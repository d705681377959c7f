package vn.cchc.troly.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.LongPollingSingleThreadUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import vn.cchc.troly.TroLyCchcApplication;
import vn.cchc.troly.people.InviteOutcome;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.RedeemOutcome;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.plan.PlanManagement;
import vn.cchc.troly.sandbox.BotApiServer;
import vn.cchc.troly.sandbox.ChatUser;
import vn.cchc.troly.sandbox.FaultInjector;

/**
 * Inbound throughput and latency: {@value #USERS} simulated users each send a figure report, wait
 * for its confirmation, and send the next (a closed loop, one report under way per user). The same
 * load runs against a minimal echo bot on the same library and server (the floor) and against the
 * whole application in this JVM (H2 file, outbox, pacing loosened so Telegram's limits do not set
 * the pace). Latency: from the update queued at the server to the server receiving the bot's
 * sendMessage to that chat.
 */
final class InboundBenchmark {

	static final int USERS = 50;
	static final int WARM_UP = 10;
	static final int ROUNDS = 40;
	private static final String OFFICE = "Văn phòng - Thống kê";
	private static final Duration WAIT = Duration.ofSeconds(60);

	private InboundBenchmark() {
	}

	record Result(String name, int reports, long nanos, long[] latencies) {

		double perSecond() {
			return reports * 1e9 / nanos;
		}

		double percentile(double p) {
			var index = (int) Math.ceil(p / 100 * latencies.length) - 1;
			return latencies[Math.max(0, Math.min(latencies.length - 1, index))] / 1e6;
		}

		void print() {
			System.out.printf("  %-28s %6d reports in %6.2f s: %7.1f updates/s; latency p50 %6.2f ms, p99 %7.2f ms, "
					+ "max %7.2f ms  [load %s]%n", name, reports, nanos / 1e9, perSecond(), percentile(50),
					percentile(99), latencies[latencies.length - 1] / 1e6, Benchmarks.load());
		}
	}

	static void run(Path dir) throws Exception {
		System.out.printf("%n-- 1. inbound: %d users, closed loop (one report under way per user), %d warm-up + %d "
				+ "measured reports each --%n", USERS, WARM_UP, ROUNDS);
		var echo = echo();
		var app = app(dir);
		// Echo again after the application: the load on the machine moves; two floors show how much.
		var echoAgain = echo();
		var floor = echo.perSecond() >= echoAgain.perSecond() ? echo : echoAgain;
		ratio(app.worst(), floor);
		ratio(app.spread(), floor);
	}

	private static void ratio(Result app, Result floor) {
		System.out.printf("  ratio (%s / best echo): throughput %.2f× (goal ≥ 0,80×); added latency p50 "
				+ "%+.2f ms, p99 %+.2f ms (goal p99 ≤ +20 ms)%n", app.name().strip(), app.perSecond() / floor.perSecond(),
				app.percentile(50) - floor.percentile(50), app.percentile(99) - floor.percentile(99));
	}

	/** The worst case (every report on one item, so each reads a longer history) and the spread (an item each). */
	record AppResults(Result worst, Result spread) {
	}

	/**
	 * A plan of {@value #USERS} percent items (1.1 … 1.50), each led by the office position every simulated
	 * user holds: user k reports on item 1.(k+1), as a Friday afternoon spreads reports over a plan.
	 */
	static byte[] spreadPlan() {
		var text = new StringBuilder("""
				Phổ Châu, ngày 01 tháng 3 năm 2024

				KẾ HOẠCH

				Khắc phục những hạn chế trong thực hiện cải cách hành chính (benchmark)

				II. NỘI DUNG KHẮC PHỤC

				1. Cải cách thủ tục hành chính:

				""");
		for (var k = 1; k <= USERS; k++) {
			text.append("""
					1.%d. Tỷ lệ hồ sơ của lĩnh vực %d được giải quyết đúng hạn:

					- Kết quả thực hiện năm 2023: Đạt 95%% số hồ sơ.

					- Chỉ tiêu khắc phục: Đạt trên 98%% số hồ sơ giải quyết đúng hạn.

					+ Tham mưu: Công chức Văn phòng - Thống kê.

					+ Thời gian thực hiện: Trong năm 2024 và những năm tiếp theo.

					""".formatted(k, k));
		}
		text.append("III. TỔ CHỨC THỰC HIỆN\n");
		return text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	/** The floor: a bot that answers every message with its text, on one consumer thread, as the library's examples do. */
	private static Result echo() throws Exception {
		var token = "626262:" + UUID.randomUUID();
		try (var server = Benchmarks.server(token, "echo_bench_bot"); var polling = echoBot(server, token)) {
			var users = users(1_000_000);
			drive(server, users, WARM_UP, k -> "/so 2.2 " + (50 + k), "echo warm-up");
			var result = drive(server, users, ROUNDS, k -> "/so 2.2 " + (50 + WARM_UP + k), "echo bot (floor)");
			result.print();
			// Unregistered before the server closes, so its session does not poll a closed port.
			polling.unregisterBot(token);
			return result;
		}
	}

	/**
	 * Starts the echo bot on the server: it answers every message with its text, on one consumer thread,
	 * as the library's examples do. Unregister the token before the server closes.
	 */
	static TelegramBotsLongPollingApplication echoBot(BotApiServer server, String token) throws TelegramApiException {
		var polling = new TelegramBotsLongPollingApplication();
		var url = new TelegramUrl("http", "127.0.0.1", server.port(), false);
		var client = new OkHttpTelegramClient(token, url);
		polling.registerBot(token, () -> url, new DefaultGetUpdatesGenerator(),
				(LongPollingSingleThreadUpdateConsumer) update -> {
					try {
						client.execute(SendMessage.builder().chatId(update.getMessage().getChatId())
							.text("✅ " + update.getMessage().getText()).build());
					}
					catch (TelegramApiException e) {
						System.err.println("echo: " + e.getMessage());
					}
				});
		return polling;
	}

	/** The whole application in this JVM, as it runs for a commune, on an H2 file. */
	private static AppResults app(Path dir) throws Exception {
		var token = "636363:" + UUID.randomUUID();
		var server = Benchmarks.server(token, "troly_bench_bot");
		var started = System.nanoTime();
		ConfigurableApplicationContext context = null;
		try {
			// Arguments, not default properties: application.yml would win over those (and its H2 file is ./data).
			context = new SpringApplicationBuilder(TroLyCchcApplication.class).run(arguments(Map.ofEntries(
					Map.entry("spring.datasource.url",
							"jdbc:h2:file:" + dir.resolve("troly").toAbsolutePath()
									+ ";WRITE_DELAY=0;AUTO_SERVER=TRUE;QUERY_CACHE_SIZE=64"),
					Map.entry("TELEGRAM_BOT_TOKEN", token), Map.entry("TELEGRAM_BOT_USERNAME", "troly_bench_bot"),
					Map.entry("TELEGRAM_API_URL", server.baseUrl()),
					Map.entry("spring.main.web-application-type", "none"),
					Map.entry("troly.sandbox.enabled", "false"), Map.entry("troly.report.scheduling-enabled", "false"),
					// Telegram's limits (1 a second per chat, 30 a second in all) would set the pace by themselves;
					// outbound pacing is measured on its own.
					Map.entry("troly.telegram.delivery.per-chat-per-second", "1000"),
					Map.entry("troly.telegram.delivery.per-second", "100000"),
					// The log goes to a file, as in production, not to this console.
					Map.entry("logging.file.name", "target/bench/app.log"), Map.entry("logging.threshold.console", "OFF"))));
			System.out.printf("  application context started in %d ms (in this JVM, %s)%n",
					Duration.ofNanos(System.nanoTime() - started).toMillis(),
					context.getEnvironment().getProperty("spring.datasource.url"));
			context.getBean(PlanManagement.class)
				.importPlan(Path.of("src/test/resources/plans/pho-chau-2024.txt"), null);
			var people = context.getBean(PeopleManagement.class);
			var users = users(2_000_000);
			for (var user : users) {
				var invite = (InviteOutcome.Created) people.createInvite(OFFICE, Role.OFFICIAL, null);
				if (!(people.redeem(invite.code(), user.id(), user.firstName(), null) instanceof RedeemOutcome.Registered)) {
					throw new IllegalStateException("could not register " + user);
				}
			}
			// Printed too: the first 500 reports on an empty database against the next 2,000 show how the
			// cost of a report grows with the reports already stored.
			drive(server, users, WARM_UP, k -> "/so 2.2 " + (50 + k), "application warm-up (first 500)").print();
			var result = drive(server, users, ROUNDS, k -> "/so 2.2 " + (50 + WARM_UP + k),
					"application (/so 2.2 N)");
			result.print();
			// Every report stored once and confirmed as a figure, not refused.
			var stored = context.getBean(JdbcClient.class)
				.sql("select count(*) from progress_report where kind = 'FIGURE'").query(Long.class).single();
			var sample = server.messagesIn(users.get(0).id());
			var confirmed = sample.stream().filter(m -> m.text().startsWith("✅")).count();
			System.out.printf("  check: %d figures stored (expected %d); user 0 got %d messages, %d confirmations; "
					+ "first: %s%n", stored, (long) USERS * (WARM_UP + ROUNDS), sample.size(), confirmed,
					sample.isEmpty() ? "-" : sample.get(0).text().lines().findFirst().orElse(""));
			if (stored != (long) USERS * (WARM_UP + ROUNDS) || confirmed != WARM_UP + ROUNDS) {
				throw new IllegalStateException("the application did not store and confirm every report");
			}
			// The spread: a plan with an item per user, imported as the current one; the 2,500 reports above
			// stay in the database, on the seed plan's item.
			var imported = context.getBean(PlanManagement.class)
				.importPlan("bench-spread.txt", spreadPlan(), "UBND xã Phổ Châu");
			if (imported.items().size() != USERS) {
				throw new IllegalStateException("the spread plan should have " + USERS + " items: " + imported.items().size());
			}
			IntFunction<String> item = user -> "1." + (user + 1);
			driveEach(server, users, WARM_UP, (user, k) -> "/so " + item.apply(user) + " " + (50 + k),
					"application warm-up, spread").print();
			var spread = driveEach(server, users, ROUNDS, (user, k) -> "/so " + item.apply(user) + " " + (50 + WARM_UP + k),
					"application (/so 1.k N), spread");
			spread.print();
			var spreadStored = context.getBean(JdbcClient.class)
				.sql("select count(*) from progress_report where kind = 'FIGURE'").query(Long.class).single();
			var onOwnItem = context.getBean(JdbcClient.class).sql("""
					select count(distinct r.plan_item_id) from progress_report r join plan_item i on i.id = r.plan_item_id
					where i.plan_id = :plan""").param("plan", imported.planId()).query(Long.class).single();
			var last = server.messagesIn(users.get(USERS - 1).id());
			System.out.printf("  check: %d figures stored in all (expected %d), on %d items of the spread plan; last user's "
					+ "last message: %s%n", spreadStored, 2L * USERS * (WARM_UP + ROUNDS), onOwnItem,
					last.isEmpty() ? "-" : last.get(last.size() - 1).text().lines().findFirst().orElse(""));
			if (spreadStored != 2L * USERS * (WARM_UP + ROUNDS) || onOwnItem != USERS) {
				throw new IllegalStateException("the application did not store every spread report on its item");
			}
			return new AppResults(result, spread);
		}
		finally {
			if (context != null) {
				context.close();
			}
			server.close();
		}
	}

	static String[] arguments(Map<String, String> settings) {
		return settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
	}

	private static List<ChatUser> users(long first) {
		var users = new ArrayList<ChatUser>();
		for (var i = 0; i < USERS; i++) {
			users.add(new ChatUser(first + i, "Cán bộ " + i, "vi"));
		}
		return users;
	}

	/**
	 * Each user on their own thread sends {@code rounds} reports, each after the previous one's answer.
	 * The server tells of each sendMessage through its request hook (a fault injector that injects nothing).
	 */
	private static Result drive(BotApiServer server, List<ChatUser> users, int rounds, IntFunction<String> text,
			String name) throws Exception {
		return driveEach(server, users, rounds, (user, k) -> text.apply(k), name);
	}

	/** As {@link #drive}, the text chosen by the user's index and the round. */
	private static Result driveEach(BotApiServer server, List<ChatUser> users, int rounds,
			java.util.function.BiFunction<Integer, Integer, String> text, String name) throws Exception {
		var waiting = new ConcurrentHashMap<Long, CompletableFuture<Long>>();
		server.injectFaults(FaultInjector.of(request -> {
			if (request.is("sendMessage")) {
				var answered = waiting.remove(request.chatId());
				if (answered != null) {
					answered.complete(System.nanoTime());
				}
			}
			return Optional.empty();
		}));
		var latencies = Collections.synchronizedList(new ArrayList<Long>());
		var failures = Collections.synchronizedList(new ArrayList<Throwable>());
		var threads = new ArrayList<Thread>();
		var start = new CompletableFuture<Void>();
		for (var index = 0; index < users.size(); index++) {
			var user = users.get(index);
			var userIndex = index;
			var thread = new Thread(() -> {
				try {
					start.get();
					for (var k = 0; k < rounds; k++) {
						var answer = new CompletableFuture<Long>();
						waiting.put(user.id(), answer);
						var sent = System.nanoTime();
						server.users().sends(user, text.apply(userIndex, k));
						latencies.add(answer.get(WAIT.toSeconds(), TimeUnit.SECONDS) - sent);
					}
				}
				catch (Exception e) {
					failures.add(e);
				}
			}, "bench-user-" + user.id());
			thread.start();
			threads.add(thread);
		}
		var began = System.nanoTime();
		start.complete(null);
		for (var thread : threads) {
			thread.join();
		}
		var took = System.nanoTime() - began;
		server.injectFaults(FaultInjector.NONE);
		if (!failures.isEmpty()) {
			throw new IllegalStateException(name + ": " + failures.size() + " users failed", failures.get(0));
		}
		var sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
		return new Result(name, sorted.length, took, sorted);
	}
}
