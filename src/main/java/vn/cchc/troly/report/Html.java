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
}
