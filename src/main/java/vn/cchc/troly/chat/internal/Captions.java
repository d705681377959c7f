package vn.cchc.troly.chat.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the caption of a photo or file says about it: one that starts with an item code ("2.2",
 * "2.2 biên bản tháng 11", "Mục 2.2: …") sends evidence of that item, whoever sends it and whatever
 * the file is; a plan file is one sent without such a caption.
 */
public final class Captions {

	private static final Pattern ITEM_FIRST = Pattern.compile(
			"(?:(?:mục|muc|item)\\s+)?(\\d{1,3}(?:\\.\\d{1,3})*)\\.?(?:[\\s:,;–-]+(.*))?",
			Pattern.DOTALL | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private Captions() {
	}

	/** The item code a caption starts with, or empty (for no caption too). */
	public static Optional<String> itemCode(String caption) {
		if (caption == null) {
			return Optional.empty();
		}
		var matcher = ITEM_FIRST.matcher(caption.strip());
		return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	/** What a caption says after its item code ("QĐ 123/QĐ-UBND" of "2.2 QĐ 123/QĐ-UBND"); the whole caption when it names no item. */
	public static String afterItemCode(String caption) {
		if (caption == null) {
			return null;
		}
		var matcher = ITEM_FIRST.matcher(caption.strip());
		return matcher.matches() ? matcher.group(2) : caption;
	}
}
