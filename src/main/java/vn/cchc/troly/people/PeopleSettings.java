package vn.cchc.troly.people;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the people module ({@code troly.people.*}).
 *
 * @param inviteValidity how long an invite can be redeemed (default 7 days)
 * @param inviteLinkBase the deep link an invite code is appended to
 *        (default {@code https://t.me/TroLyCchcBot?start=}; application.yml fills in the bot's
 *        username from {@code TELEGRAM_BOT_USERNAME})
 */
@ConfigurationProperties("troly.people")
public record PeopleSettings(Duration inviteValidity, String inviteLinkBase) {

	public PeopleSettings {
		inviteValidity = inviteValidity == null ? Duration.ofDays(7) : inviteValidity;
		inviteLinkBase = inviteLinkBase == null || inviteLinkBase.isBlank() ? "https://t.me/TroLyCchcBot?start="
				: inviteLinkBase.strip();
	}
}
