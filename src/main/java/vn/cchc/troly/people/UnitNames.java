package vn.cchc.troly.people;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How unit names are matched: "UBND xã Phổ Châu", "Ủy ban nhân dân xã Phổ Châu" and "xã phổ châu" name
 * one unit (the committee's words, case, spacing and tone-mark placement folded as for positions);
 * "xã Phổ Châu" and "phường Phổ Châu" do not.
 */
public final class UnitNames {

	private static final Pattern COMMITTEE = Pattern.compile("^(ubnd|ủy ban nhân dân|uỷ ban nhân dân)\\s+");

	private UnitNames() {
	}

	public static String matchKey(String name) {
		var key = PositionNames.matchKey(Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC)
			.toLowerCase(Locale.ROOT));
		return COMMITTEE.matcher(key).replaceFirst("").strip();
	}
}
