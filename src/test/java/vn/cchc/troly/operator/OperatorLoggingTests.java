package vn.cchc.troly.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;
import vn.cchc.troly.TroLyCchcApplication;

/**
 * {@code java -jar tro-ly-cchc.jar plan-check FILE --json | jq}: the log goes to stderr, so stdout is
 * the JSON alone although the start logs a warning (no TELEGRAM_BOT_USERNAME: InviteLinkCheck warns).
 * The real {@code main} in a JVM of its own: Logback is set up once per JVM, and the test JVM's was
 * set up by earlier tests.
 */
class OperatorLoggingTests {

	@Test
	void planCheckJsonOnStdoutStaysJsonWhenAWarningIsLogged(@TempDir Path dir) throws Exception {
		var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		var builder = new ProcessBuilder(List.of(java, "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-cp",
				System.getProperty("java.class.path"), TroLyCchcApplication.class.getName(), "plan-check",
				"src/test/resources/plans/pho-chau-2024.txt", "--json"))
			.redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
		builder.environment().keySet().removeIf(name -> name.startsWith("TELEGRAM_"));
		builder.environment().put("SPRING_DATASOURCE_URL", "jdbc:h2:mem:operator-logging");
		var process = builder.start();
		assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();

		var out = Files.readString(dir.resolve("out"), StandardCharsets.UTF_8);
		var err = Files.readString(dir.resolve("err"), StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as(err).isZero();
		assertThat(err).contains("WARN").contains("TELEGRAM_BOT_USERNAME is not set");
		assertThat(out).doesNotContain("WARN").startsWith("{");
		assertThat(JsonMapper.builder().build().readTree(out).path("items").get(0).path("code").asString())
			.isEqualTo("1.1");
	}
}
