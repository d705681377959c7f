package vn.cchc.troly.people;

import java.util.Locale;
import java.util.Optional;

/** What an official may do beyond reporting on their own items. One person may hold several. */
public enum Role {

	/** The Văn phòng - Thống kê officer: the admin jobs and every status query. */
	COORDINATOR,

	/** Commune leadership: status queries, and the weekly summary is for them. */
	LEADER,

	/** Reports on the items their positions lead or support. */
	OFFICIAL,

	/**
	 * The province (Sở Nội vụ): belongs to no unit, holds no items, sees every unit's standing and
	 * may ask any unit's lead for an explanation.
	 */
	PROVINCE;

	/**
	 * The role a chat command's optional word asks for: "lanhdao"/"leader", "dieuphoi"/"coordinator",
	 * "congchuc"/"official", "tinh"/"province"; no word means OFFICIAL. Empty for a word that names no role.
	 */
	public static Optional<Role> fromChatWord(String word) {
		if (word == null || word.isBlank()) {
			return Optional.of(OFFICIAL);
		}
		return switch (word.strip().toLowerCase(Locale.ROOT)) {
			case "lanhdao", "leader" -> Optional.of(LEADER);
			case "dieuphoi", "coordinator" -> Optional.of(COORDINATOR);
			case "congchuc", "official" -> Optional.of(OFFICIAL);
			case "tinh", "province" -> Optional.of(PROVINCE);
			default -> Optional.empty();
		};
	}

	/** The role named on the operator command line: coordinator, leader, official or province. */
	public static Optional<Role> fromCommandLine(String word) {
		if (word == null) {
			return Optional.empty();
		}
		return switch (word.strip().toLowerCase(Locale.ROOT)) {
			case "coordinator" -> Optional.of(COORDINATOR);
			case "leader" -> Optional.of(LEADER);
			case "official" -> Optional.of(OFFICIAL);
			case "province" -> Optional.of(PROVINCE);
			default -> Optional.empty();
		};
	}
}
