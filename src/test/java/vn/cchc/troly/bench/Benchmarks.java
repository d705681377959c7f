package vn.cchc.troly.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

import vn.cchc.troly.sandbox.BotApiServer;

/**
 * The benchmark (docs/performance.md): {@code ./mvnw -B -ntp -Pbench verify}. Prints the machine,
 * then each figure, measured side by side in this one run. Not a test: the normal build never runs it.
 * Arguments (optional): {@code inbound}, {@code outbound}, {@code province}, {@code dossier}, {@code startup}; none runs all.
 */
public final class Benchmarks {

	private Benchmarks() {
	}

	public static void main(String[] args) throws Exception {
		Locale.setDefault(Locale.ROOT);
		var all = args.length == 0;
		var which = java.util.Set.of(args);
		System.out.println("== Trợ lý CCHC benchmark ==");
		machine();
		var work = Files.createTempDirectory("troly-bench");
		if (all || which.contains("inbound")) {
			InboundBenchmark.run(work.resolve("inbound"));
		}
		if (all || which.contains("outbound")) {
			OutboundBenchmark.run(work.resolve("outbound"));
		}
		Path province = null;
		if (all || which.contains("province")) {
			ProvinceBenchmark.run(work.resolve("province"));
			province = work.resolve("province").resolve("troly");
		}
		if (all || which.contains("dossier")) {
			DossierBenchmark.run(work.resolve("dossier"));
		}
		if (all || which.contains("startup")) {
			StartupBenchmark.run(work.resolve("startup"), province);
		}
		System.out.println("load at the end: " + load());
		// The application's and the echo bot's non-daemon threads are stopped; exit anyway in case a library's linger.
		System.exit(0);
	}

	static void machine() {
		var runtime = Runtime.getRuntime();
		System.out.printf("machine: %d CPUs (nproc), %s, %s %s (%s), max heap %d MB, %s%n", runtime.availableProcessors(),
				memory(), System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
				System.getProperty("os.arch"), runtime.maxMemory() / (1024 * 1024),
				ManagementFactory.getRuntimeMXBean().getInputArguments());
		System.out.println("cpu: " + cpu());
		System.out.println("load at the start: " + load()
				+ " (1/5/15-minute averages; anything above 0 is other work sharing the cores)");
	}

	/** The load averages, as uptime prints them. */
	static String load() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (Exception e) {
			return "n/a";
		}
	}

	private static String memory() {
		try {
			return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
				.map(l -> l.replaceAll("\\s+", " ")).findFirst().orElse("memory n/a");
		}
		catch (Exception e) {
			return "memory n/a";
		}
	}

	private static String cpu() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
				.map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("n/a");
		}
		catch (Exception e) {
			return "n/a";
		}
	}

	static BotApiServer server(String token, String username) {
		return BotApiServer.start(token, username, Clock.systemUTC());
	}

	static long heapUsedMb() {
		var memory = ManagementFactory.getMemoryMXBean();
		return memory.getHeapMemoryUsage().getUsed() / (1024 * 1024);
	}
}
