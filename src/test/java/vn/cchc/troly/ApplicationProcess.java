package vn.cchc.troly;

import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import org.awaitility.core.ConditionTimeoutException;

/**
 * The application in a JVM of its own, as the Dockerfile runs it: the application's classes and
 * dependencies (not the test classes: their configurations and test resources are not the
 * application's) and the same JVM flags. The flags matter for tests on a busy machine: with the
 * JVM's defaults (C2, G1) a start took 36 to 58 s on two cores shared with other builds, with
 * these 14 to 21 s.
 */
public final class ApplicationProcess {

	/** The Dockerfile's flags, without its class-data archive (none is recorded for target/classes). */
	public static final List<String> JVM_FLAGS = List.of("-XX:+UseSerialGC", "-Xmx256m", "-Xms64m",
			"-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8");

	private ApplicationProcess() {
	}

	/** {@code java … TroLyCchcApplication arguments…}, with the test's environment (change it before starting). */
	public static ProcessBuilder java(List<String> jvmOptions, List<String> arguments) {
		var command = new ArrayList<String>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(JVM_FLAGS);
		command.addAll(jvmOptions);
		command.addAll(List.of("-cp", classpath(), TroLyCchcApplication.class.getName()));
		command.addAll(arguments);
		return new ProcessBuilder(command);
	}

	/** The application's classes and dependencies, without the test classes. */
	public static String classpath() {
		var full = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		return Arrays.stream(full.split(File.pathSeparator))
			.filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
			.map(entry -> Path.of(entry).toAbsolutePath().toString())
			.collect(Collectors.joining(File.pathSeparator));
	}

	/**
	 * Waits until Spring says the application started; fails at once, with what it printed, when
	 * it stops before. One thread reads the output to its end, so the process never blocks on a full
	 * pipe; the reader is never closed while that thread may be inside it (closing takes the reader's
	 * lock, held by a read blocked on a quiet process: a race that once made a wait time out after
	 * the application had printed "Started").
	 */
	public static void awaitStarted(Process process, Duration timeout) {
		var seen = new StringBuffer();
		var started = new CountDownLatch(1);
		var reader = new Thread(() -> {
			try {
				var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
				for (String line; (line = lines.readLine()) != null;) {
					seen.append(line).append('\n');
					if (line.contains("Started " + TroLyCchcApplication.class.getSimpleName())) {
						started.countDown();
					}
				}
			}
			catch (IOException e) {
				seen.append(e).append('\n');
			}
		}, "application-output");
		reader.setDaemon(true);
		reader.start();
		try {
			await().atMost(timeout).pollInterval(Duration.ofMillis(200)).until(() -> {
				if (started.getCount() > 0 && !process.isAlive()) {
					reader.join(5_000);
					throw new AssertionError("the application stopped before it started:\n" + seen);
				}
				return started.getCount() == 0;
			});
		}
		catch (ConditionTimeoutException e) {
			throw new AssertionError("the application did not start within " + timeout.toSeconds() + " s; its output:\n"
					+ seen, e);
		}
	}
}
