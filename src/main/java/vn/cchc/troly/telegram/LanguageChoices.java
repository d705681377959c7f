package vn.cchc.troly.telegram;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The language each user chose with /ngonngu; without a choice Telegram's language code decides. */
@Component
class LanguageChoices {

	private final JdbcClient jdbc;
	private final Clock clock;

	LanguageChoices(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Language languageOf(long userId, String telegramLanguageCode) {
		return chosen(userId).orElseGet(() -> Language.fromTelegram(telegramLanguageCode));
	}

	Optional<Language> chosen(long userId) {
		return jdbc.sql("select language from telegram_language where user_id = :userId").param("userId", userId)
			.query(String.class).optional().flatMap(Language::fromCode);
	}

	@Transactional
	void choose(long userId, Language language) {
		var at = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		var updated = jdbc.sql("update telegram_language set language = :language, chosen_at = :at where user_id = :userId")
			.param("language", language.code()).param("at", at).param("userId", userId).update();
		if (updated == 0) {
			jdbc.sql("insert into telegram_language (user_id, language, chosen_at) values (:userId, :language, :at)")
				.param("userId", userId).param("language", language.code()).param("at", at).update();
		}
	}
}
