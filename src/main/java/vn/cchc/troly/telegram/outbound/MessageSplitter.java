package vn.cchc.troly.telegram.outbound;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Splits Telegram HTML longer than a message may be (4,096 characters) into parts that are each
 * valid on their own: cut at the last line break that fits (else the last space, else anywhere
 * outside a tag or entity), tags still open at the cut are closed at the end of the part and
 * opened again at the start of the next.
 */
final class MessageSplitter {

	static final int TELEGRAM_LIMIT = 4096;

	private record OpenTag(String name, String opening) {
	}

	private record Cut(int resumeAt, int length, Deque<OpenTag> open) {
	}

	private MessageSplitter() {
	}

	static List<String> split(String html) {
		return split(html, TELEGRAM_LIMIT);
	}

	static List<String> split(String html, int limit) {
		// Nearly every message fits: one pass over its tags, rather than an object per character.
		if (html.length() <= limit && openAtEnd(html).isEmpty()) {
			return visibleText(html).isBlank() ? List.of() : List.of(html);
		}
		var parts = new ArrayList<String>();
		var position = 0;
		Deque<OpenTag> open = new ArrayDeque<>();
		while (position < html.length()) {
			var part = new StringBuilder(openings(open));
			Deque<OpenTag> tags = new ArrayDeque<>(open);
			Cut lineCut = null;
			Cut spaceCut = null;
			var i = position;
			while (i < html.length()) {
				var atom = atomAt(html, i);
				var after = apply(tags, atom);
				if (part.length() + atom.length() + closingsLength(after) > limit && part.length() > openings(open).length()) {
					break;
				}
				if (atom.equals("\n")) {
					lineCut = new Cut(i + 1, part.length(), new ArrayDeque<>(tags));
				}
				else if (atom.equals(" ")) {
					spaceCut = new Cut(i + 1, part.length(), new ArrayDeque<>(tags));
				}
				part.append(atom);
				tags = after;
				i += atom.length();
			}
			Cut cut;
			if (i >= html.length()) {
				cut = new Cut(i, part.length(), tags);
			}
			else {
				cut = lineCut != null ? lineCut : spaceCut != null ? spaceCut : new Cut(i, part.length(), tags);
			}
			var text = part.substring(0, cut.length()) + closings(cut.open());
			if (!visibleText(text).isBlank()) {
				parts.add(text);
			}
			position = cut.resumeAt();
			open = cut.open();
		}
		return parts;
	}

	/** The tags still open after the whole text, as the cutting below would find them. */
	private static Deque<OpenTag> openAtEnd(String html) {
		Deque<OpenTag> open = new ArrayDeque<>();
		for (var i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
			var end = html.indexOf('>', i);
			if (end < 0) {
				break;
			}
			open = apply(open, html.substring(i, end + 1));
			i = end;
		}
		return open;
	}

	/** A tag, an entity, or one character (a surrogate pair stays whole). */
	private static String atomAt(String html, int i) {
		var c = html.charAt(i);
		if (c == '<') {
			var end = html.indexOf('>', i);
			if (end > 0) {
				return html.substring(i, end + 1);
			}
		}
		if (c == '&') {
			var end = html.indexOf(';', i);
			if (end > 0 && end - i <= 10) {
				return html.substring(i, end + 1);
			}
		}
		return html.substring(i, i + Character.charCount(html.codePointAt(i)));
	}

	private static Deque<OpenTag> apply(Deque<OpenTag> open, String atom) {
		if (!atom.startsWith("<") || atom.length() < 3) {
			return open;
		}
		var copy = new ArrayDeque<>(open);
		if (atom.startsWith("</")) {
			copy.pollFirst();
		}
		else {
			var name = atom.substring(1, atom.length() - 1).strip().split("[\\s>]", 2)[0].toLowerCase(Locale.ROOT);
			copy.push(new OpenTag(name, atom));
		}
		return copy;
	}

	private static String openings(Deque<OpenTag> open) {
		var text = new StringBuilder();
		open.descendingIterator().forEachRemaining(tag -> text.append(tag.opening()));
		return text.toString();
	}

	private static String closings(Deque<OpenTag> open) {
		var text = new StringBuilder();
		open.forEach(tag -> text.append("</").append(tag.name()).append('>'));
		return text.toString();
	}

	private static int closingsLength(Deque<OpenTag> open) {
		return open.stream().mapToInt(tag -> tag.name().length() + 3).sum();
	}

	private static String visibleText(String html) {
		return html.replaceAll("<[^>]*>", "");
	}
}
