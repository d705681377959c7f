package vn.cchc.troly.people;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How position names are read and matched. Real plans write one position many ways
 * ("Văn Phòng - Thống kê", "Văn phòng- Thống kê .", "Công chức Văn phòng - Thống kê phụ trách
 * Một cửa"); they are the same position when their {@link #matchKey match keys} are equal:
 * Unicode NFC, case, spacing and dash variants folded, and the old and new tone-mark placements
 * (hóa / hoá, thủy / thuỷ) counted as one. Other diacritics matter.
 */
public final class PositionNames {

	private static final Pattern DASHES = Pattern.compile("\\s*[-‐‑‒–—―]\\s*");
	private static final Pattern SPACES = Pattern.compile("\\s+");
	private static final Pattern TRAILING_NOISE = Pattern.compile("[\\s.;,:]+$");
	private static final Pattern LEADING_NOISE = Pattern.compile("^[\\s\\-+•*:]+");
	private static final Pattern CIVIL_SERVANT_PREFIX = Pattern.compile("^(công chức|cc)\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	private static final Pattern DUTY = Pattern.compile("\\s+(phụ trách\\s+.+)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	// o/u carrying the tone before a/e/y ("hóa", "thủy") is the old placement; the key moves it on.
	private static final Pattern OLD_TONE_PLACEMENT = Pattern.compile("([ou])([\u0300\u0301\u0303\u0309\u0323])([aey])");

	private PositionNames() {
	}

	/** A position as written in a plan line: the position itself and any duty after it. */
	public record Parsed(String position, String duty) {
	}

	/** Splits "Công chức Văn Phòng - Thống kê phụ trách Một cửa ." into position and duty. */
	public static Parsed parse(String text) {
		var cleaned = tidy(text);
		var withoutPrefix = CIVIL_SERVANT_PREFIX.matcher(cleaned).replaceFirst("");
		var duty = DUTY.matcher(withoutPrefix);
		if (duty.find()) {
			return new Parsed(tidy(withoutPrefix.substring(0, duty.start())), tidy(duty.group(1)));
		}
		return new Parsed(withoutPrefix, null);
	}

	/** The name as written, with spacing and dashes tidied: "Thủ quỹ - Văn thư - lưu trữ". */
	public static String displayName(String text) {
		return parse(text).position();
	}

	/** The tolerant form two spellings of one position share. */
	public static String matchKey(String text) {
		var decomposed = Normalizer.normalize(tidy(text).toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		var tonesPlaced = OLD_TONE_PLACEMENT.matcher(decomposed).replaceAll("$1$3$2");
		return Normalizer.normalize(tonesPlaced, Normalizer.Form.NFC);
	}

	public static PositionKind kindOf(String name) {
		var key = matchKey(name);
		if (key.startsWith("cán bộ, công chức") || key.startsWith("cán bộ công chức")) {
			return PositionKind.ALL_STAFF;
		}
		if (key.startsWith("bộ phận") || key.startsWith("tổ ") || key.startsWith("ban ")) {
			return PositionKind.TEAM;
		}
		return PositionKind.POSITION;
	}

	private static String tidy(String text) {
		var nfc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).replace('\u00A0', ' ');
		var spaced = SPACES.matcher(DASHES.matcher(nfc).replaceAll(" - ")).replaceAll(" ");
		var trimmed = TRAILING_NOISE.matcher(LEADING_NOISE.matcher(spaced).replaceFirst("")).replaceFirst("");
		return trimmed.strip();
	}
}
