package vn.cchc.troly.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import vn.cchc.troly.sandbox.BotApiServer;
import vn.cchc.troly.sandbox.BotApiServerProbe;
import vn.cchc.troly.sandbox.ChatUser;

/**
 * Start-up and memory: the application launched as the Dockerfile launches it, against the in-JVM
 * Bot API server; the time from launch to its first getUpdates, its resident memory then, a few
 * seconds later, and after a coordinator's /tinhhinh and /tonghop (summary and chart) on the
 * province's data. On the province's database when part 2 ran before (already migrated), else on an
 * empty one (Flyway migrates it during the start, and there is no data to ask about).
 * <p>
 * The Dockerfile's steps are done here the same way: the jar extracted by Spring Boot's jar tools,
 * the class-data sharing archive written by {@code src/main/docker/app-cds.sh} (the script the
 * image runs), and the start with the flags of the Dockerfile's ENTRYPOINT, read from the file.
 * Each launch alternates with one of the fat jar as session 1's image started it, so both meet the
 * same load.
 */
final class StartupBenchmark {

	/** Session 1's image: {@code java <these> -jar tro-ly-cchc.jar}, the fat jar, no archive. */
	static final List<String> BEFORE_FLAGS = List.of("-XX:+UseSerialGC", "-Xmx256m", "-XX:TieredStopAtLevel=1");
	private static final int LAUNCHES = 3;
	/** A province official (ProvinceBenchmark: telegram id 5,000,000 + n) made coordinator here. */
	private static final long COORDINATOR_OFFICIAL = 100_000L;
	private static final ChatUser COORDINATOR = new ChatUser(5_000_000L, "Điều phối", "vi");
	private static final Duration WAIT = Duration.ofSeconds(90);

	private StartupBenchmark() {
	}

	static void run(Path dir, Path database) throws Exception {
		Files.createDirectories(dir);
		var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		var jar = Path.of("target", "tro-ly-cchc.jar").toAbsolutePath();
		var app = dir.resolve("app").toAbsolutePath();
		var entrypoint = entrypoint(Path.of("Dockerfile"), java, app);
		var trainingFlags = trainingFlags(Path.of("Dockerfile"));
		var startFlags = entrypoint.stream()
			.filter(word -> word.startsWith("-X") && !word.startsWith("-XX:SharedArchiveFile")).toList();
		if (!trainingFlags.equals(startFlags)) {
			throw new IllegalStateException("the Dockerfile trains the archive with " + trainingFlags
					+ " but starts with " + startFlags + ": give both the same flags");
		}
		System.out.printf("%n-- 4. start-up and memory: the Dockerfile's start, %s, on %s --%n",
				String.join(" ", entrypoint.subList(1, entrypoint.size())).replace(app + "/", "/app/"),
				database == null ? "an empty H2 file" : "the province's H2 file");

		// The Dockerfile's build steps: extract the jar, then train the archive with the start's flags.
		var started = System.nanoTime();
		exec(dir.resolve("extract.log"), List.of(java, "-Djarmode=tools", "-jar", jar.toString(), "extract",
				"--destination", app.toString(), "--force"));
		var extracted = System.nanoTime();
		var training = new ArrayList<String>(List.of("sh", Path.of("src", "main", "docker", "app-cds.sh").toString(),
				app.toString()));
		training.addAll(trainingFlags);
		exec(dir.resolve("training.log"), training, "JAVA", java);
		System.out.printf("  build steps: jar extracted in %.1f s; archive trained in %.1f s (%d MB)  [load %s]%n",
				(extracted - started) / 1e9, (System.nanoTime() - extracted) / 1e9,
				Files.size(app.resolve("app.jsa")) / (1024 * 1024), Benchmarks.load());

		if (database != null) {
			makeCoordinator(url(database));
		}
		var before = new ArrayList<String>(List.of(java));
		before.addAll(BEFORE_FLAGS);
		before.addAll(List.of("-jar", jar.toString()));
		for (var i = 0; i < LAUNCHES; i++) {
			launch("Dockerfile (extracted, CDS)", entrypoint, url(copy(database, dir.resolve("troly-image-" + i))),
					dir.resolve("launch-image-" + i + ".log"), database != null);
			launch("before: fat jar, no archive", before, url(copy(database, dir.resolve("troly-jar-" + i))),
					dir.resolve("launch-jar-" + i + ".log"), database != null);
		}
	}

	/**
	 * Each launch on its own copy of the database, as it was: the simulated Telegram numbers its
	 * updates from 1 again, and a database that saw update 1 before would rightly drop it.
	 */
	private static Path copy(Path database, Path copy) throws Exception {
		if (database != null) {
			Files.copy(database.resolveSibling(database.getFileName() + ".mv.db"),
					copy.resolveSibling(copy.getFileName() + ".mv.db"));
		}
		return copy;
	}

	/**
	 * The Dockerfile's ENTRYPOINT (exec form), with this JVM's java and the extracted directory in
	 * place of /app.
	 */
	static List<String> entrypoint(Path dockerfile, String java, Path app) throws Exception {
		var line = Files.readAllLines(dockerfile).stream().filter(l -> l.startsWith("ENTRYPOINT")).reduce((a, b) -> b)
			.orElseThrow(() -> new IllegalStateException("no ENTRYPOINT in " + dockerfile));
		var words = new ArrayList<String>();
		var quoted = Pattern.compile("\"([^\"]*)\"").matcher(line);
		while (quoted.find()) {
			words.add(quoted.group(1).replace("/app/", app + "/"));
		}
		if (words.isEmpty() || !words.get(0).equals("java")) {
			throw new IllegalStateException("the ENTRYPOINT should be [\"java\", ...]: " + line);
		}
		words.set(0, java);
		return words;
	}

	/** The JVM flags the Dockerfile's {@code RUN sh /tmp/app-cds.sh /app ...} trains the archive with. */
	static List<String> trainingFlags(Path dockerfile) throws Exception {
		var run = "app-cds.sh /app ";
		var line = Files.readAllLines(dockerfile).stream().filter(l -> l.contains(run)).findFirst()
			.orElseThrow(() -> new IllegalStateException("no '" + run + "' line in " + dockerfile));
		return Arrays.stream(line.substring(line.indexOf(run) + run.length()).split("\\s+"))
			.filter(word -> word.startsWith("-")).toList();
	}

	private static String url(Path database) {
		return "jdbc:h2:file:" + database.toAbsolutePath() + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
	}

	private static void makeCoordinator(String url) throws Exception {
		try (var connection = DriverManager.getConnection(url, "sa", "");
				var insert = connection.prepareStatement("""
						insert into official_role (official_id, role)
						select ?, 'COORDINATOR' where not exists
						    (select 1 from official_role where official_id = ? and role = 'COORDINATOR')""")) {
			insert.setLong(1, COORDINATOR_OFFICIAL);
			insert.setLong(2, COORDINATOR_OFFICIAL);
			insert.executeUpdate();
		}
	}

	private static void launch(String name, List<String> start, String databaseUrl, Path log, boolean work)
			throws Exception {
		var token = "646464:" + UUID.randomUUID();
		try (var server = Benchmarks.server(token, "troly_start_bot")) {
			var command = new ArrayList<>(start);
			command.addAll(List.of("--troly.sandbox.enabled=false", "--troly.report.scheduling-enabled=false"));
			var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
			builder.environment().put("SPRING_DATASOURCE_URL", databaseUrl);
			builder.environment().put("TELEGRAM_BOT_TOKEN", token);
			builder.environment().put("TELEGRAM_BOT_USERNAME", "troly_start_bot");
			builder.environment().put("TELEGRAM_API_URL", server.baseUrl());
			var launched = System.nanoTime();
			var process = builder.start();
			try {
				new BotApiServerProbe(server).awaitRequest("getUpdates", request -> true, Duration.ofSeconds(60));
				var toPolling = Duration.ofNanos(System.nanoTime() - launched);
				var rssAtStart = rssMb(process.pid());
				// Idle a little: what the process holds once start-up's garbage is collected or not.
				process.waitFor(5, TimeUnit.SECONDS);
				var rssLater = rssMb(process.pid());
				var afterWork = work ? work(server, process.pid()) : "";
				System.out.printf("  %-28s first getUpdates %5d ms (goal ≤ 4,000 ms); resident memory then %d MB, "
						+ "5 s later %d MB%s (goal ≤ 300 MB)  [load %s]%n", name, toPolling.toMillis(), rssAtStart,
						rssLater, afterWork, Benchmarks.load());
			}
			finally {
				process.destroy();
				if (!process.waitFor(30, TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}
		}
	}

	/**
	 * The coordinator asks /tinhhinh, then /tonghop (the summary's text and chart, drawn by
	 * JFreeChart: the heaviest request); the memory is read once the chart has arrived.
	 */
	private static String work(BotApiServer server, long pid) {
		var asked = System.nanoTime();
		var status = server.users().sends(COORDINATOR, "/tinhhinh");
		var overview = new BotApiServerProbe(server).awaitReply(status, WAIT);
		var statusMs = (System.nanoTime() - asked) / 1_000_000;
		if (!overview.text().contains("1.1")) {
			throw new IllegalStateException("/tinhhinh should list the plan's items: " + overview.text());
		}
		asked = System.nanoTime();
		var summary = server.users().sends(COORDINATOR, "/tonghop");
		new BotApiServerProbe(server).awaitMessageTo(summary.chatId(),
				m -> m.messageId() > summary.messageId() && m.kind().equals("photo"), WAIT);
		var summaryMs = (System.nanoTime() - asked) / 1_000_000;
		return String.format(", after /tinhhinh (%d ms) and /tonghop with chart (%d ms) %d MB", statusMs, summaryMs,
				rssMb(pid));
	}

	private static void exec(Path log, List<String> command, String... environment) throws Exception {
		var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		for (var i = 0; i + 1 < environment.length; i += 2) {
			builder.environment().put(environment[i], environment[i + 1]);
		}
		var process = builder.start();
		if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
			process.destroyForcibly();
			throw new IllegalStateException(command + " failed; see " + log + ":\n" + Files.readString(log));
		}
	}

	/** VmRSS of the process, in MB, from /proc (Linux). */
	private static long rssMb(long pid) {
		try {
			return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
				.filter(line -> line.startsWith("VmRSS:"))
				.mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1);
		}
		catch (Exception e) {
			return -1;
		}
	}
}
