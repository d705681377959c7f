package vn.cchc.troly.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.troly.telegram.HealthReport.Level;
import vn.cchc.troly.telegram.outbound.OutboxRows.State;

/**
 * The health report: FAIL when Telegram has not answered a poll for two minutes or the database
 * is silent; degraded when messages were given up within a day or too many wait; and the file the
 * running bot writes (its first word is what Docker's HEALTHCHECK reads).
 */
class TransportHealthTests {

	@TempDir
	Path dir;

	private HealthFixture fixture;
	private TransportHealth bot;

	@BeforeEach
	void aBotThatStartedAtFour() {
		fixture = new HealthFixture(dir.resolve("health.txt"));
		bot = fixture.bot(false);
	}

	@Test
	void aBotThatPolledWithinTwoMinutesAndHasNothingWaitingIsOk() {
		fixture.clock.advance(Duration.ofSeconds(10));
		fixture.lastPoll.polled();
		fixture.clock.advance(Duration.ofMinutes(2));

		var report = bot.check();

		assertThat(report.level()).isEqualTo(Level.OK);
		assertThat(bot.render(report)).containsExactly("OK", "Kiểm tra lúc 14/06/2024 16:02:10",
				"Telegram: lần lấy tin gần nhất lúc 14/06/2024 16:00:10", "Cơ sở dữ liệu: trả lời", "Tin chờ gửi: 0",
				"Tin không gửi được trong 24 giờ qua: 0");
	}

	@Test
	void noPollForMoreThanTwoMinutesFails() {
		fixture.lastPoll.polled();
		fixture.clock.advance(Duration.ofMinutes(2).plusSeconds(1));

		var report = bot.check();

		assertThat(report.level()).isEqualTo(Level.FAIL);
		assertThat(report.word()).isEqualTo("FAIL");
		assertThat(bot.render(report)).contains(
				"HỎNG: không lấy được tin từ Telegram từ 14/06/2024 16:00:00 (quá 2 phút). Kiểm tra mạng, proxy (troly.telegram.proxy) hoặc TELEGRAM_API_URL.");
	}

	@Test
	void aBotThatNeverPolledIsGivenTwoMinutesFromItsStart() {
		fixture.clock.advance(Duration.ofMinutes(1));
		assertThat(bot.check().level()).isEqualTo(Level.OK);
		assertThat(bot.render(bot.check())).contains("Telegram: chưa lấy tin lần nào kể từ khi khởi động lúc 14/06/2024 16:00:00");

		fixture.clock.advance(Duration.ofMinutes(2));
		assertThat(bot.check().level()).isEqualTo(Level.FAIL);
	}

	@Test
	void messagesGivenUpWithinADayMakeItDegradedButOlderOnesAndButtonAnswersDoNot() {
		fixture.outbox.add(1, "sendMessage", State.FAILED, HealthFixture.START.minus(Duration.ofHours(25)));
		fixture.outbox.add(1, "answerCallbackQuery", State.FAILED, HealthFixture.START.minus(Duration.ofHours(1)));
		fixture.lastPoll.polled();
		assertThat(bot.check().level()).isEqualTo(Level.OK);

		fixture.outbox.add(2, "sendMessage", State.FAILED, HealthFixture.START.minus(Duration.ofHours(1)));
		fixture.outbox.add(3, "sendDocument", State.FAILED, HealthFixture.START.minus(Duration.ofHours(23)));
		var report = bot.check();

		assertThat(report.level()).isEqualTo(Level.DEGRADED);
		assertThat(report.headline()).isEqualTo("OK DEGRADED");
		assertThat(bot.render(report))
			.contains("CẦN CHÚ Ý: 2 tin không gửi được trong 24 giờ qua (điều phối xem bằng /loigui)");
	}

	@Test
	void moreThanFiveHundredMessagesWaitingMakeItDegraded() {
		fixture.lastPoll.polled();
		for (var i = 0; i < 500; i++) {
			fixture.outbox.add(100 + i, "sendMessage", State.PENDING, HealthFixture.START);
		}
		fixture.outbox.add(1, "sendMessage", State.SENT, HealthFixture.START.minus(Duration.ofHours(2)));
		assertThat(bot.check().level()).as("500 waiting, the limit").isEqualTo(Level.OK);
		assertThat(bot.render(bot.check())).contains("Tin chờ gửi: 500");

		fixture.outbox.add(99, "sendMessage", State.PENDING, HealthFixture.START);
		var report = bot.check();

		assertThat(report.level()).isEqualTo(Level.DEGRADED);
		assertThat(bot.render(report))
			.contains("CẦN CHÚ Ý: 501 tin chờ gửi, tin cũ nhất từ 14/06/2024 16:00:00 (ngưỡng: 500 tin hoặc 10 phút)");
	}

	@Test
	void aMessageWaitingForMoreThanTenMinutesMakesItDegraded() {
		fixture.outbox.add(1, "sendMessage", State.PENDING, HealthFixture.START.minus(Duration.ofMinutes(11)));
		fixture.lastPoll.polled();

		assertThat(bot.check().level()).isEqualTo(Level.DEGRADED);
	}

	@Test
	void aDatabaseThatDoesNotAnswerFails() {
		var broken = HealthFixture.withoutDatabase(dir.resolve("health.txt"));
		broken.lastPoll.polled();

		var report = broken.bot(false).check();

		assertThat(report.level()).isEqualTo(Level.FAIL);
		assertThat(broken.bot(false).render(report)).anyMatch(line -> line.startsWith("HỎNG: cơ sở dữ liệu không trả lời: "));
	}

	@Test
	void theFileStartsWithOkDegradedOrNotAndWithSandboxInTheSandbox() throws IOException {
		fixture.lastPoll.polled();
		fixture.writeFile(bot);
		assertThat(firstLine()).isEqualTo("OK");

		fixture.outbox.add(2, "sendMessage", State.FAILED, HealthFixture.START);
		fixture.writeFile(bot);
		assertThat(firstLine()).as("the bot runs: Docker calls it healthy").isEqualTo("OK DEGRADED");

		fixture.writeFile(fixture.bot(true));
		assertThat(firstLine()).isEqualTo("SANDBOX DEGRADED");
		assertThat(Files.readString(fixture.settings().file(), StandardCharsets.UTF_8))
			.contains("Đây là sandbox: bot nói chuyện với Telegram giả lập, không phải Telegram thật.");

		fixture.clock.advance(Duration.ofMinutes(3));
		fixture.writeFile(bot);
		assertThat(firstLine()).isEqualTo("FAIL");
	}

	@Test
	void aGracefulStopLeavesAFileThatSaysFail() throws IOException {
		fixture.lastPoll.polled();
		fixture.writeFile(bot);
		fixture.clock.advance(Duration.ofSeconds(5));

		fixture.stop(bot);

		assertThat(firstLine()).isEqualTo("FAIL");
		assertThat(Files.readString(fixture.settings().file(), StandardCharsets.UTF_8))
			.contains("HỎNG: bot đã dừng lúc 14/06/2024 16:00:05.");
	}

	private String firstLine() throws IOException {
		return Files.readAllLines(fixture.settings().file(), StandardCharsets.UTF_8).get(0);
	}
}
