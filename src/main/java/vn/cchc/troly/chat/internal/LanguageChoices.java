package vn.cchc.troly.chat.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.troly.chat.Language;
import vn.cchc.troly.chat.UserId;

/** The language each user chose with /ngonngu; without a choice their app's language code decides. */
@Component
public class LanguageChoices {

	private final JdbcClient jdbc;
	private final Clock clock;

	LanguageChoices(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Language languageOf(UserId user, String appLanguageCode) {
		return chosen(user).orElseGet(() -> Language.fromApp(appLanguageCode));
	}

	Optional<Language> chosen(UserId user) {
		return jdbc.sql("select language from telegram_language where user_id = :userId").param("userId", user.value())
			.query(String.class).optional().flatMap(Language::fromCode);
	}

	@Transactional
	public void choose(UserId user, Language language) {
		var at = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		var updated = jdbc.sql("update telegram_language set language = :language, chosen_at = :at where user_id = :userId")
			.param("language", language.code()).param("at", at).param("userId", user.value()).update();
		if (updated == 0) {
			jdbc.sql("insert into telegram_language (user_id, language, chosen_at) values (:userId, :language, :at)")
				.param("userId", user.value()).param("language", language.code()).param("at", at).update();
		}
	}
}
