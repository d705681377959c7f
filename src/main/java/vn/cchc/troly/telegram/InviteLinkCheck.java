package vn.cchc.troly.telegram;

import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.cchc.troly.people.PeopleSettings;

/**
 * Invite links are built by the people module from {@code troly.people.invite-link-base}, which
 * application.yml fills from the same TELEGRAM_BOT_USERNAME as the bot's own username. Says so in
 * the log when the two disagree or the username is missing: the links would open another bot.
 */
@Component
class InviteLinkCheck {

	private static final Logger log = LoggerFactory.getLogger(InviteLinkCheck.class);

	private final TelegramSettings telegram;
	private final PeopleSettings people;

	InviteLinkCheck(TelegramSettings telegram, PeopleSettings people) {
		this.telegram = telegram;
		this.people = people;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warnWhenInviteLinksPointElsewhere() {
		problem().ifPresent(log::warn);
	}

	/** What is wrong with the invite links, if anything. */
	Optional<String> problem() {
		var base = people.inviteLinkBase();
		var username = telegram.botUsername();
		if (username == null || username.isBlank()) {
			return Optional.of("TELEGRAM_BOT_USERNAME is not set: invite links use " + base
					+ "<code>; people who open them may reach another bot (they can still type /start <code>)");
		}
		var expected = "https://t.me/" + username.strip() + "?start=";
		if (!base.toLowerCase(Locale.ROOT).equals(expected.toLowerCase(Locale.ROOT))) {
			return Optional.of("troly.people.invite-link-base is " + base + " but the bot is @" + username
					+ " (expected " + expected + ")");
		}
		return Optional.empty();
	}
}
