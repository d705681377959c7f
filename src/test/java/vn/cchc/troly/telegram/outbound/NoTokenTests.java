package vn.cchc.troly.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

import vn.cchc.troly.telegram.TelegramBot;

/** Without a token the application starts, without the bot, and says so. */
@SpringBootTest(properties = { "TELEGRAM_BOT_TOKEN=", "spring.datasource.url=jdbc:h2:mem:no-token;DB_CLOSE_DELAY=-1" })
@ExtendWith(OutputCaptureExtension.class)
class NoTokenTests {

	@Autowired
	private ApplicationContext context;

	@Test
	void theApplicationRunsWithoutTheBotAndSaysWhy(CapturedOutput output) {
		assertThat(context.getBeanNamesForType(TelegramBot.class)).isEmpty();
		assertThat(output.getAll()).contains("No Telegram bot token is set (environment variable TELEGRAM_BOT_TOKEN)");
	}

	@Test
	void aMessageWaitsInTheOutboxInsteadOfCallingTelegram() {
		var messenger = context.getBean(ChatMessenger.class);

		messenger.send(-100L, Locale.forLanguageTag("vi"), "telegram.text.unknown");

		assertThat(context.getBean(OutboxDispatcher.class).isRunning()).isFalse();
		assertThat(new OutboxRows(context.getBean(DataSource.class)).statesTo(-100L))
			.containsExactly(OutboxRows.State.PENDING);
	}
}
