package vn.cchc.troly.telegram.outbound;

/**
 * Telegram's HTML parse mode: every text that is not one of our templates (plan titles, names,
 * notes, anything a user typed) is escaped before it goes into one.
 */
public final class Html {

	private Html() {
	}

	/** Escapes text for Telegram's HTML parse mode: &amp;, &lt;, &gt; and &quot;. */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		var escaped = new StringBuilder(text.length() + 16);
		for (var i = 0; i < text.length(); i++) {
			var c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}
}
