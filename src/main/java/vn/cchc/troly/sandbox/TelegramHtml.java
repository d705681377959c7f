package vn.cchc.troly.sandbox;

import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks text sent with parse_mode HTML the way Telegram does, and measures its visible length:
 * only Telegram's tags, every tag closed in order, every {@code &} an entity, no stray {@code <}.
 */
final class TelegramHtml {

	private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
			"span", "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji");

	private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|#\\d+|#x[0-9a-fA-F]+);");

	private TelegramHtml() {
	}

	/** Why Telegram would refuse the text ("can't parse entities: …"), or null when it is fine. */
	static String problem(String html) {
		var open = new ArrayDeque<String>();
		var i = 0;
		while (i < html.length()) {
			var c = html.charAt(i);
			if (c == '<') {
				var end = html.indexOf('>', i);
				if (end < 0) {
					return "unclosed start tag at byte offset " + i;
				}
				var tag = html.substring(i + 1, end).strip();
				var closing = tag.startsWith("/");
				var name = (closing ? tag.substring(1) : tag).split("[\\s=]", 2)[0].toLowerCase(Locale.ROOT);
				if (!TAGS.contains(name)) {
					return "unsupported start tag \"" + name + "\" at byte offset " + i;
				}
				if (closing) {
					if (open.isEmpty() || !open.pop().equals(name)) {
						return "unmatched end tag at byte offset " + i + ", expected \"</" + open.peek() + ">\"";
					}
				}
				else {
					open.push(name);
				}
				i = end + 1;
			}
			else if (c == '&') {
				var matcher = ENTITY.matcher(html).region(i, html.length());
				if (!matcher.lookingAt()) {
					return "unsupported HTML entity at byte offset " + i;
				}
				i = matcher.end();
			}
			else {
				i++;
			}
		}
		return open.isEmpty() ? null : "can't find end tag corresponding to start tag \"" + open.peek() + "\"";
	}

	/** The length Telegram counts: the text without tags, each entity one character. */
	static int visibleLength(String html) {
		var text = html.replaceAll("<[^>]*>", "");
		return ENTITY.matcher(text).replaceAll("x").length();
	}
}
