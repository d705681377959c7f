package vn.cchc.troly.report;

import java.util.function.Predicate;

/**
 * Plan titles and notes cut to fit a phone: whole words only, then "…". The one way the summary and
 * the chart shorten a title ("Tỷ lệ hồ sơ thủ tục hành chính…", never "Tỷ lệ hồ sơ thủ tục hà…").
 */
public final class ShortText {

	static final String ELLIPSIS = "…";

	private ShortText() {
	}

	/** At most {@code max} characters (code points), the ellipsis included. */
	public static String shorten(String text, int max) {
		return fit(text, candidate -> candidate.codePointCount(0, candidate.length()) <= max);
	}

	/**
	 * The longest run of the text's first words that {@code fits} with an ellipsis after it, or the
	 * whole text on one line when it fits. Only when not even the first word fits is a word cut.
	 */
	static String fit(String text, Predicate<String> fits) {
		if (text == null) {
			return "";
		}
		var oneLine = text.strip().replaceAll("\\s+", " ");
		if (fits.test(oneLine)) {
			return oneLine;
		}
		String best = null;
		for (int space = oneLine.indexOf(' '); space > 0; space = oneLine.indexOf(' ', space + 1)) {
			var candidate = withoutTrailingPunctuation(oneLine.substring(0, space)) + ELLIPSIS;
			if (!fits.test(candidate)) {
				break;
			}
			best = candidate;
		}
		return best != null ? best : cutWord(oneLine, fits);
	}

	/** "Tỷ lệ hồ sơ," → "Tỷ lệ hồ sơ": a comma or dash before "…" reads as a mistake. */
	private static String withoutTrailingPunctuation(String words) {
		var end = words.length();
		while (end > 0 && ",;:-–—/(".indexOf(words.charAt(end - 1)) >= 0) {
			end--;
		}
		return words.substring(0, end).stripTrailing();
	}

	/** One word longer than the room: as many of its characters as fit. */
	private static String cutWord(String text, Predicate<String> fits) {
		var best = ELLIPSIS;
		for (int end = text.offsetByCodePoints(0, 1); end < text.length(); end = text.offsetByCodePoints(end, 1)) {
			var candidate = text.substring(0, end).stripTrailing() + ELLIPSIS;
			if (!fits.test(candidate)) {
				break;
			}
			best = candidate;
		}
		return best;
	}
}
