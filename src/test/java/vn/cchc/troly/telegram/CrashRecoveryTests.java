package vn.cchc.troly.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.troly.ApplicationProcess;
import vn.cchc.troly.sandbox.BotApiServer;
import vn.cchc.troly.sandbox.BotApiServerProbe;
import vn.cchc.troly.sandbox.BotMessage;
import vn.cchc.troly.sandbox.ChatUser;
import vn.cchc.troly.sandbox.SentUpdate;
import vn.cchc.troly.telegram.outbound.OutboxRows;

/**
 * The application as its own process (target/classes and the dependencies, as the jar runs) on an
 * H2 file, against the in-JVM Bot API server: 50 officials registered through the operator
 * commands and the chat send 1,000 figures; the process is killed with SIGKILL while it is handling
 * them, and started again. Every figure must be stored once and confirmed once.
 */
class CrashRecoveryTests {

	private static final String TOKEN = "515151:" + UUID.randomUUID();
	private static final String BOT = "troly_crash_bot";
	private static final String OFFICE = "Văn phòng - Thống kê";
	private static final int USERS = 50;
	private static final int EACH = 20;
	// A bound, not a speed goal: the wait ends as soon as the last confirmation arrives; a loaded
	// 2-core machine took over 60 s for the 1,000 once (alone the whole test takes about 35 s).
	private static final Duration LONG_WAIT = Duration.ofSeconds(240);

	@TempDir
	Path dir;

	private BotApiServer telegram;
	private BotApiServerProbe probe;
	private Process bot;

	@AfterEach
	void stop() {
		if (bot != null) {
			bot.destroyForcibly();
		}
		if (telegram != null) {
			telegram.close();
		}
	}

	@Test
	void aThousandFiguresSurviveASigkillMidStreamWithNothingLostAndNothingTwice() throws Exception {
		var started = System.nanoTime();
		telegram = BotApiServer.start(TOKEN, BOT, Clock.systemUTC());
		probe = new BotApiServerProbe(telegram);
		operator("plan-import", Path.of("src/test/resources/plans/pho-chau-2024.txt").toAbsolutePath().toString());
		var invite = operator("invite", "--position", OFFICE, "--role", "coordinator");
		var coordinatorCode = find(Pattern.compile("start=(\\S+)"), invite);

		bot = startBot("first");
		var coordinator = new ChatUser(9_100_000, "Điều phối", "vi");
		probe.awaitReply(telegram.users().sends(coordinator, "/start " + coordinatorCode), LONG_WAIT);
		var users = new ArrayList<ChatUser>();
		for (var i = 0; i < USERS; i++) {
			users.add(new ChatUser(9_100_001 + i, "Cán bộ " + i, "vi"));
			// The coordinator holds the position: /moi names the holder and invites once confirmed.
			var asked = telegram.users().sends(coordinator, "/moi " + OFFICE);
			// Its own question, not a message the /start before it is still sending.
			var question = probe.awaitMessageTo(coordinator.id(),
					m -> m.messageId() > asked.messageId() && m.buttonData().contains("moi:x"), LONG_WAIT);
			telegram.users().presses(coordinator, question, question.buttonData().get(0));
		}
		var forwards = probe.await(() -> {
			var codes = telegram.messagesIn(coordinator.id()).stream().map(BotMessage::text)
				.filter(t -> t.contains("/start ")).toList();
			return codes.size() >= USERS ? codes : null;
		}, LONG_WAIT, USERS + " invites");
		var joined = new ArrayList<SentUpdate>();
		for (var i = 0; i < USERS; i++) {
			joined.add(telegram.users().sends(users.get(i), "/start " + find(Pattern.compile("/start ([^<\\s]+)"),
					forwards.get(i))));
		}
		joined.forEach(update -> probe.awaitReply(update, LONG_WAIT));
		var registered = System.nanoTime();

		// 1,000 figures; the bot is killed when about a third are confirmed, the rest arrive while it is down.
		for (var k = 0; k < EACH / 2; k++) {
			for (var user : users) {
				telegram.users().sends(user, "/so 2.2 " + (50 + k));
			}
		}
		var atKill = awaitConfirmations(users, 300);
		bot.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		var killedAt = confirmations(users).values().stream().mapToInt(List::size).sum();
		for (var k = EACH / 2; k < EACH; k++) {
			for (var user : users) {
				telegram.users().sends(user, "/so 2.2 " + (50 + k));
			}
		}
		bot = startBot("second");
		awaitConfirmations(users, USERS * EACH);
		// A graceful stop lets the outbox finish what it was sending; only then are the counts final.
		bot.destroy();
		assertThat(bot.waitFor(60, TimeUnit.SECONDS)).isTrue();

		var confirmations = confirmations(users);
		var sent = confirmations.values().stream().mapToInt(List::size).sum();
		var duplicates = confirmations.values().stream()
			.mapToLong(list -> list.size() - list.stream().distinct().count()).sum();
		var unmarked = confirmations(users, false);
		var unmarkedDuplicates = unmarked.values().stream()
			.mapToLong(list -> list.size() - list.stream().distinct().count()).sum();
		long stored;
		long storedTwice;
		try (var db = DriverManager.getConnection(databaseUrl(), "sa", "")) {
			stored = single(db, "select count(*) from progress_report where kind = 'FIGURE'");
			storedTwice = single(db, """
					select count(*) from (select official_id, figure_value from progress_report
					where kind = 'FIGURE' group by official_id, figure_value having count(*) > 1) twice""");
		}
		var outbox = OutboxRows.at(databaseUrl());
		// With the default URL's AUTO_SERVER, H2 may close the file at the graceful stop before the bot
		// records a send under way: such a message stays in flight, to be sent again (marked) at the next start.
		long cutByTheStop = outbox.notSentInFlight();
		long pending = outbox.notSent() - cutByTheStop;
		long uncertain = outbox.uncertain();
		System.out.printf("crash: %d figures sent by %d users; SIGKILL after %d confirmations (%d seen when awaited); "
				+ "stored %d (%d twice), confirmations %d (%d duplicated, %d of them without the sent-again line; "
				+ "%d sends cut by the kill), outbox rows not sent %d (+%d cut by the graceful stop); "
				+ "registration %d ms, total %d ms%n", USERS * EACH, USERS, killedAt, atKill, stored, storedTwice, sent,
				duplicates, unmarkedDuplicates, uncertain, pending, cutByTheStop, Duration.ofNanos(registered - started).toMillis(),
				Duration.ofNanos(System.nanoTime() - started).toMillis());

		assertThat(stored).isEqualTo(USERS * EACH);
		assertThat(storedTwice).isZero();
		assertThat(pending).isZero();
		assertThat(cutByTheStop).isLessThanOrEqualTo(4);
		// Every figure confirmed, in order. A confirmation Telegram took just before the kill, and the
		// bot had not yet marked sent, comes twice: at most one per send under way at the kill, each
		// counted by the bot as cut off (docs/reliability.md).
		confirmations.forEach((user, values) -> assertThat(values.stream().distinct().toList())
			.as("user %d in order", user).isEqualTo(IntStream.range(0, EACH).mapToObj(k -> 50 + k).toList()));
		assertThat(sent - duplicates).isEqualTo(USERS * EACH);
		assertThat(duplicates).isLessThanOrEqualTo(uncertain);
		// A repeated confirmation always says it is sent again, so nobody takes it for a second report.
		assertThat(unmarkedDuplicates).isZero();
		assertThat(uncertain).isLessThanOrEqualTo(4);
	}

	/** The figures confirmed to each user, in the order the confirmations arrived. */
	private Map<Long, List<Integer>> confirmations(List<ChatUser> users) {
		return confirmations(users, true);
	}

	/** With or without the copies sent again after an uncertain attempt (they start with the 🔁 line). */
	private Map<Long, List<Integer>> confirmations(List<ChatUser> users, boolean withResent) {
		var figure = Pattern.compile(withResent ? "^(?:🔁 <i>[^\\n]*</i>\\n)?✅ Đã ghi số liệu <b>(\\d+)%</b>"
				: "^✅ Đã ghi số liệu <b>(\\d+)%</b>");
		var all = new HashMap<Long, List<Integer>>();
		for (var user : users) {
			all.put(user.id(), telegram.messagesIn(user.id()).stream().map(m -> figure.matcher(m.text()))
				.filter(java.util.regex.Matcher::find).map(m -> Integer.valueOf(m.group(1))).toList());
		}
		return all;
	}

	private int awaitConfirmations(List<ChatUser> users, int count) {
		return probe.await(() -> {
			// Distinct figures: a repeated confirmation must not end the wait before every figure is confirmed.
			var n = confirmations(users).values().stream().mapToLong(list -> list.stream().distinct().count()).sum();
			return n >= count ? (int) n : null;
		}, LONG_WAIT, count + " confirmations");
	}

	private static long single(java.sql.Connection db, String sql) throws Exception {
		try (var statement = db.createStatement(); var result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	private static String find(Pattern pattern, String text) {
		var matcher = pattern.matcher(text);
		assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
		return matcher.group(1);
	}

	private String databaseUrl() {
		// As application.yml has it: commits reach the file at once.
		return "jdbc:h2:file:" + dir.resolve("troly").toAbsolutePath() + ";WRITE_DELAY=0;AUTO_SERVER=TRUE";
	}

	/** Runs an operator command to its end and returns what it printed. */
	private String operator(String... arguments) throws Exception {
		var output = dir.resolve("operator-" + arguments[0] + ".log");
		var process = java(List.of(arguments)).redirectErrorStream(true).redirectOutput(output.toFile()).start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		var printed = Files.readString(output, StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as(printed).isZero();
		return printed;
	}

	private Process startBot(String name) throws IOException {
		// The bot's log stays in target/ for a look after the run.
		Files.createDirectories(Path.of("target", "crash-recovery"));
		var log = Path.of("target", "crash-recovery", "bot-" + name + ".log").toFile();
		var process = java(List.of("--troly.telegram.long-poll-timeout=5s", "--troly.report.scheduling-enabled=false",
				"--troly.sandbox.enabled=false", "--spring.main.web-application-type=none",
				// Pacing has its own test; here per chat it would only make the 20 figures of each user slow.
				"--troly.telegram.delivery.per-chat-per-second=50", "--troly.telegram.delivery.per-second=200"))
			.redirectErrorStream(true).redirectOutput(log).start();
		return process;
	}

	private ProcessBuilder java(List<String> arguments) {
		var builder = ApplicationProcess.java(List.of(), arguments).directory(dir.toFile());
		builder.environment().put("SPRING_DATASOURCE_URL", databaseUrl());
		builder.environment().put("TELEGRAM_BOT_TOKEN", TOKEN);
		builder.environment().put("TELEGRAM_BOT_USERNAME", BOT);
		builder.environment().put("TELEGRAM_API_URL", telegram.baseUrl());
		return builder;
	}
}
