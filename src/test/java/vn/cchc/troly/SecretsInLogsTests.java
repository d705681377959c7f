package vn.cchc.troly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

/**
 * After the whole run (pom.xml runs this class alone, in the last surefire execution): the bot
 * tokens the test JVMs made up appear in no file the run wrote under target/ — the logs of every
 * JVM as {@link LogCapture} kept them, surefire's reports and captured output, the chat-test log,
 * exported workbooks and other artifacts (zip-based files are read entry by entry).
 */
class SecretsInLogsTests {

	private static final Path TARGET = Path.of("target");

	@Test
	void noTokenOfThisRunIsInAnyLogReportOrExport() throws IOException {
		var started = System.getProperty("troly.build.started");
		assumeTrue(started != null, "runs in the last surefire execution of ./mvnw verify, which names the build's start");
		var since = Instant.parse(started).toEpochMilli() - 1_000;
		var secrets = new ArrayList<String>();
		var logs = new ArrayList<Path>();
		try (var files = Files.list(LogCapture.FOLDER)) {
			for (var file : files.filter(f -> modifiedSince(f, since)).toList()) {
				if (file.toString().endsWith(".secrets")) {
					Files.readAllLines(file).stream().filter(s -> !s.isBlank()).forEach(secrets::add);
				}
				if (file.toString().endsWith(".log")) {
					logs.add(file);
				}
				assertThat(file.toString()).as("a log event with a token (see the file)").doesNotEndWith(".leaks");
			}
		}
		assertThat(secrets).as("the chat tests ran and made up their token").isNotEmpty();
		assertThat(logs).as("their logs were captured").isNotEmpty();
		assertThat(logs.stream().map(SecretsInLogsTests::read)).as("the failing test command was logged, redacted")
			.anyMatch(log -> log.contains("<token>"));

		var leaks = new ArrayList<String>();
		var scanned = 0;
		try (var files = Files.walk(TARGET)) {
			for (var file : files.filter(Files::isRegularFile).filter(f -> modifiedSince(f, since)).toList()) {
				if (skipped(file)) {
					continue;
				}
				scanned++;
				for (var text : texts(file)) {
					for (var secret : secrets) {
						// The part after the colon is the secret; the bot id before it is public.
						if (text.contains(secret.substring(secret.indexOf(':') + 1))) {
							leaks.add(file.toString());
						}
					}
				}
			}
		}
		System.out.println("SecretsInLogsTests: " + secrets.size() + " tokens looked for in " + scanned + " files");
		assertThat(leaks).as("files that contain a token").isEmpty();
	}

	private static boolean skipped(Path file) {
		var name = file.toString().replace('\\', '/');
		return name.endsWith(".secrets") || name.endsWith(".class") || name.endsWith(".jar")
				|| name.startsWith("target/classes/") || name.startsWith("target/test-classes/")
				|| name.contains("/maven-status/") || Files.isSymbolicLink(file);
	}

	private static boolean modifiedSince(Path file, long millis) {
		try {
			return Files.getLastModifiedTime(file).toMillis() >= millis;
		}
		catch (IOException e) {
			return false;
		}
	}

	/** The file as text, or each entry of a zip-based file (xlsx, docx, zip). */
	private static List<String> texts(Path file) throws IOException {
		var bytes = Files.readAllBytes(file);
		if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
			var entries = new ArrayList<String>();
			try (var zip = new ZipInputStream(Files.newInputStream(file))) {
				while (zip.getNextEntry() != null) {
					entries.add(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
			return entries;
		}
		return List.of(new String(bytes, StandardCharsets.UTF_8));
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
