package vn.cchc.troly.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class TelegramSettingsTests {

	private final TelegramSettings settings = new TelegramSettings("123:secret-token", "troly_bot",
			URI.create("https://api.telegram.org"), Duration.ofSeconds(15), Duration.ofSeconds(50));

	@Test
	void theTokenNeverShowsInToString() {
		assertThat(settings.toString()).doesNotContain("secret-token").contains("token=<set>").contains("troly_bot");
	}

	@Test
	void redactReplacesTheTokenInAnyText() {
		assertThat(settings.redact("GET https://api.telegram.org/bot123:secret-token/getMe"))
			.isEqualTo("GET https://api.telegram.org/bot<token>/getMe");
	}
}
