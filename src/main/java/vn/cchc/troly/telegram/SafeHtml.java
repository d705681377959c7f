package vn.cchc.troly.telegram;

/**
 * A message argument that is already valid Telegram HTML and must not be escaped again (a list
 * built from escaped lines, say). Every other argument is escaped when the reply is rendered.
 */
public record SafeHtml(String html) {

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

	@Override
	public String toString() {
		return html;
	}
}
