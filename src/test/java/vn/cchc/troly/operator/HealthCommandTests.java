package vn.cchc.troly.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.DefaultApplicationArguments;

import vn.cchc.troly.TroLyCchcApplication;
import vn.cchc.troly.telegram.HealthFixture;
import vn.cchc.troly.telegram.TransportHealth;
import vn.cchc.troly.telegram.outbound.OutboxRows.State;

/**
 * {@code java -jar tro-ly-cchc.jar health}: the running bot's health file and the database, read by
 * the operator in a process of their own; exit code 0 OK, 1 degraded, 2 failing.
 */
class HealthCommandTests {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private HealthFixture fixture;
	private TransportHealth bot;

	@BeforeEach
	void aRunningBotThatPolled() {
		fixture = new HealthFixture(dir.resolve("health.txt"));
		bot = fixture.bot(false);
		fixture.lastPoll.polled();
	}

	@Test
	void aBotThatPollsAndSendsIsOkWithExitCodeZero() {
		fixture.writeFile(bot);
		fixture.clock.advance(Duration.ofSeconds(20));

		assertThat(health()).isZero();
		assertThat(printed()).containsExactly("OK", "Kiểm tra lúc 14/06/2024 16:00:20",
				"Telegram: lần lấy tin gần nhất lúc 14/06/2024 16:00:00", "Cơ sở dữ liệu: trả lời", "Tin chờ gửi: 0",
				"Tin không gửi được trong 24 giờ qua: 0");
	}

	@Test
	void messagesGivenUpTodayAreDegradedWithExitCodeOne() {
		fixture.writeFile(bot);
		fixture.outbox.add(5, "sendMessage", State.FAILED, HealthFixture.START);

		assertThat(health()).isEqualTo(1);
		assertThat(printed()).first().isEqualTo("OK DEGRADED");
		assertThat(printed()).contains("CẦN CHÚ Ý: 1 tin không gửi được trong 24 giờ qua (điều phối xem bằng /loigui)");
	}

	@Test
	void aBotThatNoLongerReachesTelegramFailsWithExitCodeTwo() {
		fixture.clock.advance(Duration.ofMinutes(3));
		fixture.writeFile(bot);

		assertThat(health()).isEqualTo(2);
		assertThat(printed()).first().isEqualTo("FAIL");
		assertThat(printed()).contains(
				"HỎNG: không lấy được tin từ Telegram từ 14/06/2024 16:00:00 (quá 2 phút). Kiểm tra mạng, proxy (troly.telegram.proxy) hoặc TELEGRAM_API_URL.");
	}

	@Test
	void aBotThatStoppedWritingItsFileFailsWithExitCodeTwo() {
		fixture.writeFile(bot);
		fixture.clock.advance(Duration.ofMinutes(2).plusSeconds(1));

		assertThat(health()).isEqualTo(2);
		assertThat(printed()).contains("HỎNG: bot ghi tệp sức khỏe " + fixture.settings().file()
				+ " lần cuối lúc 14/06/2024 16:00:00 (quá 2 phút): bot có đang chạy không?");
	}

	@Test
	void aBotThatStoppedGracefullyOrNeverWroteFailsWithExitCodeTwo() {
		fixture.stop(bot);
		assertThat(health()).isEqualTo(2);
		assertThat(printed()).contains("HỎNG: bot đã dừng lúc 14/06/2024 16:00:00.");

		out.reset();
		fixture.settings().file().toFile().delete();
		assertThat(health()).isEqualTo(2);
		assertThat(printed()).contains("HỎNG: không thấy tệp sức khỏe " + fixture.settings().file()
				+ ": bot chưa chạy, hoặc chạy với TROLY_HEALTH_FILE khác.");
	}

	@Test
	void theUsageNamesTheCommandAndItsExitCodes() {
		var command = new HealthCommand(fixture.operator(), fixture.messages());
		assertThat(command.usage()).startsWith("health: ").contains("mã thoát 0 tốt, 1 cần chú ý, 2 hỏng");
	}

	/**
	 * The real {@code main}, as the operator runs it, in a JVM of its own: the exit code reaches the
	 * shell, and the operator's process never writes the bot's health file (it only reads it).
	 */
	@Test
	void theJarsExitCodeIsTheVerdictAndTheFileIsLeftAsTheBotWroteIt() throws Exception {
		var file = dir.resolve("real-health.txt");
		var lastHeard = Instant.now().minus(Duration.ofMinutes(5));
		var text = "OK\nword=OK\nchecked-at=" + Instant.now() + "\nstarted-at=" + lastHeard + "\nlast-poll=" + lastHeard
				+ "\n";
		Files.writeString(file, text, StandardCharsets.UTF_8);
		var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		var builder = new ProcessBuilder(List.of(java, "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-cp",
				System.getProperty("java.class.path"), TroLyCchcApplication.class.getName(), "health"))
			.redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
		builder.environment().keySet().removeIf(name -> name.startsWith("TELEGRAM_") || name.startsWith("TROLY_"));
		builder.environment().put("SPRING_DATASOURCE_URL", "jdbc:h2:mem:operator-health");
		builder.environment().put("TROLY_HEALTH_FILE", file.toString());
		var process = builder.start();
		assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();

		var printed = Files.readString(dir.resolve("out"), StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as(printed + Files.readString(dir.resolve("err"), StandardCharsets.UTF_8))
			.isEqualTo(2);
		assertThat(printed).startsWith("FAIL").contains("HỎNG: không lấy được tin từ Telegram từ ")
			.contains("Cơ sở dữ liệu: trả lời");
		assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(text);
	}

	private int health() {
		var commandLine = new OperatorCommandLine(List.of(new HealthCommand(fixture.operator(), fixture.messages())),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		commandLine.run(new DefaultApplicationArguments("health"));
		return commandLine.getExitCode();
	}

	private List<String> printed() {
		return out.toString(StandardCharsets.UTF_8).lines().toList();
	}
}
