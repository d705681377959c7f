package vn.cchc.troly.chat.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.UserId;

/**
 * Wrong invite codes per user, kept in the database so a restart (or a second instance)
 * does not hand out a fresh allowance. Invite codes carry 144 random bits, so guessing is hopeless
 * anyway; the limit keeps a script from using the bot to hammer the invite table.
 */
@Component
class StartAttempts {

	private final JdbcClient jdbc;
	private final Clock clock;
	private final StartLimitSettings settings;

	StartAttempts(JdbcClient jdbc, Clock clock, StartLimitSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
	}

	/** Whether the user has used up their wrong codes for now: their next code is not looked up. */
	boolean exhausted(UserId user) {
		return failuresSince(user, windowStart()) >= settings.attempts();
	}

	/** Remembers one more wrong code, and forgets this user's codes older than the window. */
	void failed(UserId user) {
		var now = clock.instant();
		jdbc.sql("delete from telegram_start_failure where user_id = :userId and failed_at <= :since")
			.param("userId", user.value()).param("since", at(windowStart())).update();
		jdbc.sql("insert into telegram_start_failure (user_id, failed_at) values (:userId, :at)")
			.param("userId", user.value()).param("at", at(now)).update();
	}

	/** A code worked: the earlier mistakes no longer count. */
	void succeeded(UserId user) {
		jdbc.sql("delete from telegram_start_failure where user_id = :userId").param("userId", user.value()).update();
	}

	/** The whole minutes a user must wait, as the refusal says; at least one. */
	long waitMinutes() {
		return Math.max(1, settings.window().toMinutes());
	}

	private int failuresSince(UserId user, Instant since) {
		return jdbc.sql("select count(*) from telegram_start_failure where user_id = :userId and failed_at > :since")
			.param("userId", user.value()).param("since", at(since)).query(Integer.class).single();
	}

	private Instant windowStart() {
		return clock.instant().minus(settings.window());
	}

	private static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}
}
