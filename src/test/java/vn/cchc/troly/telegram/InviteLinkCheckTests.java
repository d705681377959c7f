package vn.cchc.troly.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import vn.cchc.troly.people.PeopleSettings;

/** Invite links must open this bot: the link base and the bot's username come from one setting. */
class InviteLinkCheckTests {

	@Test
	void theDefaultsFromOneUsernameAgree() {
		assertThat(check("troly_bot", "https://t.me/TroLy_Bot?start=").problem()).isEmpty();
	}

	@Test
	void aLinkBaseNamingAnotherBotIsReported() {
		assertThat(check("troly_bot", "https://t.me/TroLyCchcBot?start=").problem())
			.hasValueSatisfying(p -> assertThat(p).contains("TroLyCchcBot").contains("@troly_bot"));
	}

	@Test
	void aMissingUsernameIsReported() {
		assertThat(check("", "https://t.me/TroLyCchcBot?start=").problem())
			.hasValueSatisfying(p -> assertThat(p).startsWith("TELEGRAM_BOT_USERNAME is not set"));
	}

	private static InviteLinkCheck check(String botUsername, String linkBase) {
		var telegram = new TelegramSettings("", botUsername, URI.create("https://api.telegram.org"), Duration.ofSeconds(15),
				Duration.ofSeconds(50));
		return new InviteLinkCheck(telegram, new PeopleSettings(Duration.ofDays(7), linkBase));
	}
}
