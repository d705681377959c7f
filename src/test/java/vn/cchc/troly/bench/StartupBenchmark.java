package vn.cchc.troly.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Start-up and memory: the packaged jar launched as the Dockerfile launches it, against the in-JVM
 * Bot API server; the time from launch to its first getUpdates, and its resident memory then and a
 * few seconds later. On the province's database when part 2 ran before (already migrated), else on
 * an empty one (Flyway migrates it during the start).
 */
final class StartupBenchmark {

	/** The Dockerfile's ENTRYPOINT flags. */
	static final List<String> DOCKER_FLAGS = List.of("-XX:+UseSerialGC", "-Xmx256m", "-XX:TieredStopAtLevel=1");
	private static final int LAUNCHES = 3;

	private StartupBenchmark() {
	}

	static void run(Path dir, Path database) throws Exception {
		var jar = Path.of("target", "tro-ly-cchc.jar").toAbsolutePath();
		System.out.printf("%n-- 4. start-up and memory: %s launched %d times with %s, on %s --%n", jar.getFileName(),
				LAUNCHES, DOCKER_FLAGS, database == null ? "an empty H2 file" : "the province's H2 file");
		Files.createDirectories(dir);
		for (var i = 0; i < LAUNCHES; i++) {
			var url = "jdbc:h2:file:" + (database == null ? dir.resolve("troly-" + i) : database).toAbsolutePath()
					+ ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
			launch(jar, url, dir.resolve("launch-" + i + ".log"));
		}
	}

	private static void launch(Path jar, String databaseUrl, Path log) throws Exception {
		var token = "646464:" + UUID.randomUUID();
		try (var server = Benchmarks.server(token, "troly_start_bot")) {
			var command = new ArrayList<String>();
			command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
			command.addAll(DOCKER_FLAGS);
			command.addAll(List.of("-jar", jar.toString(), "--troly.sandbox.enabled=false",
					"--troly.report.scheduling-enabled=false"));
			var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
			builder.environment().put("SPRING_DATASOURCE_URL", databaseUrl);
			builder.environment().put("TELEGRAM_BOT_TOKEN", token);
			builder.environment().put("TELEGRAM_BOT_USERNAME", "troly_start_bot");
			builder.environment().put("TELEGRAM_API_URL", server.baseUrl());
			var launched = System.nanoTime();
			var process = builder.start();
			try {
				server.awaitRequest("getUpdates", request -> true, Duration.ofSeconds(60));
				var toPolling = Duration.ofNanos(System.nanoTime() - launched);
				var rssAtStart = rssMb(process.pid());
				// Idle a little: what the process holds once start-up's garbage is collected or not.
				process.waitFor(5, TimeUnit.SECONDS);
				var rssLater = rssMb(process.pid());
				System.out.printf("  launch to first getUpdates %5d ms (goal ≤ 4,000 ms); resident memory then %d MB, "
						+ "5 s later %d MB (goal ≤ 300 MB)  [load %s]%n", toPolling.toMillis(), rssAtStart, rssLater,
						Benchmarks.load());
			}
			finally {
				process.destroy();
				if (!process.waitFor(30, TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}
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
