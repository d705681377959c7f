package vn.cchc.troly.report;

/** Telegram HTML: plan and user text is escaped; only our own message templates carry tags. */
final class Html {

	private Html() {
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	/** At most {@code max} characters (code points), ending in "…" when cut, at a word's end where one is near. */
	static String shorten(String text, int max) {
		if (text == null) {
			return "";
		}
		var oneLine = text.strip().replaceAll("\\s+", " ");
		if (oneLine.codePointCount(0, oneLine.length()) <= max) {
			return oneLine;
		}
		var cut = oneLine.substring(0, oneLine.offsetByCodePoints(0, max - 1));
		var space = cut.lastIndexOf(' ');
		if (space > cut.length() * 2 / 3) {
			cut = cut.substring(0, space);
		}
		return cut.stripTrailing() + "…";
	}
}
