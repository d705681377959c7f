package vn.cchc.troly.progress;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.cchc.troly.plan.PlanItem;
import vn.cchc.troly.plan.TargetKind;

/**
 * The unit an official may type after a figure: "15 hộ" for item 4 (Số lượng doanh nghiệp/hộ kinh
 * doanh …), "2 sáng kiến" for 1.1 (sáng kiến/giải pháp). An item counts what its target names
 * ({@code Target.unit}), else what its title counts ("Số lượng X"); a percentage takes "%" or
 * "phần trăm". Compared tolerantly (case, spacing, the two tone-mark placements, a shortened name:
 * "hộ" for "hộ kinh doanh"), never across different things ("người", "%" for a count).
 */
final class FigureUnits {

	/** A number, then words (letters, spaces, slashes, dashes): no digit in the words. */
	private static final Pattern NUMBER_THEN_WORDS = Pattern.compile("(.*?\\d\\s*%?)\\s*([\\p{L}\\p{M}][\\p{L}\\p{M}\\s/\\-]*?)[\\s.!]*",
			Pattern.DOTALL);
	private static final Pattern COUNTED_IN_TITLE = Pattern.compile("^(?:số lượng|số)\\s+(.+)$");
	// o/u carrying the tone before a/e/y ("hóa", "thủy") is the old placement; both read alike.
	private static final Pattern OLD_TONE_PLACEMENT = Pattern.compile("([ou])([\u0300\u0301\u0303\u0309\u0323])([aey])");

	private FigureUnits() {
	}

	record Split(String number, String unit) {
	}

	/** "15 hộ" → (15, hộ); null when the text is not a number followed by words. */
	static Split split(String text) {
		if (text == null) {
			return null;
		}
		var matcher = NUMBER_THEN_WORDS.matcher(text.strip());
		return matcher.matches() ? new Split(matcher.group(1).strip(), matcher.group(2).strip()) : null;
	}

	/** Whether the words typed after a figure name what the item counts. */
	static boolean matches(String typed, PlanItem item) {
		var words = words(typed);
		if (words.isEmpty()) {
			return false;
		}
		return names(item).stream().map(FigureUnits::words)
			.anyMatch(name -> !name.isEmpty() && name.get(0).equals(words.get(0)));
	}

	/** What the item counts, each alternative on its own ("doanh nghiệp", "hộ kinh doanh …"). */
	static List<String> names(PlanItem item) {
		var target = item.target();
		var names = new ArrayList<String>();
		if (target.kind() == TargetKind.PERCENT) {
			names.add("phần trăm");
			return names;
		}
		if (target.unit() != null && !target.unit().isBlank() && !target.unit().contains("%")) {
			names.addAll(alternatives(target.unit()));
		}
		var counted = COUNTED_IN_TITLE.matcher(key(item.title() == null ? "" : item.title()));
		if (counted.matches()) {
			names.addAll(alternatives(counted.group(1)));
		}
		return names;
	}

	private static List<String> alternatives(String text) {
		return List.of(text.split("[/,;]")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static List<String> words(String text) {
		var key = key(text).replaceAll("[^\\p{L}\\p{M}\\s]", " ").strip();
		return key.isEmpty() ? List.of() : List.of(key.split("\\s+"));
	}

	/** Lower case, one spacing, one tone-mark placement. */
	static String key(String text) {
		var decomposed = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		var tonesPlaced = OLD_TONE_PLACEMENT.matcher(decomposed).replaceAll("$1$3$2");
		return Normalizer.normalize(tonesPlaced, Normalizer.Form.NFC).replaceAll("\\s+", " ");
	}
}
