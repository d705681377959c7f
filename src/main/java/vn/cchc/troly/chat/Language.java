package vn.cchc.troly.chat;

import java.util.Locale;
import java.util.Optional;

/** The languages the bot speaks: Vietnamese by default, English on request. */
public enum Language {

	VI("vi"), EN("en");

	private final String code;

	Language(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public Locale locale() {
		return Locale.forLanguageTag(code);
	}

	/** "vi" or "en" (any case, surrounding spaces ignored). */
	public static Optional<Language> fromCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		var wanted = code.strip().toLowerCase(Locale.ROOT);
		for (var language : values()) {
			if (language.code.equals(wanted)) {
				return Optional.of(language);
			}
		}
		return Optional.empty();
	}

	/** What the app's language code suggests when the user chose nothing: English for "en…". */
	public static Language fromApp(String languageCode) {
		return languageCode != null && languageCode.toLowerCase(Locale.ROOT).startsWith("en") ? EN : VI;
	}
}
