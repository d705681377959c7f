package vn.cchc.troly.chat.reporting;

import java.util.Optional;
import java.util.regex.Pattern;

import vn.cchc.troly.chat.internal.Captions;

/**
 * Reads what officials type when they report: "2.2 97,5", "2.2: 97,5%", a note ending in
 * "#xong", a figure ending in "#namtruoc", a caption starting with an item code.
 */
final class ReportInput {

	/** An item code, then a colon or spaces, then the rest: "2.2 97,5", "2.2: 97,5", "4. 12". */
	private static final Pattern CODE_THEN_REST = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3})*)\\.?\\s*(?::\\s*|\\s+)(\\S.*)",
			Pattern.DOTALL);
	/** A figure starts with a digit or a minus sign (refused later, with a reason). */
	private static final Pattern FIGURE_LIKE = Pattern.compile("[-\u2212\u2013]?\\s*\\d.*", Pattern.DOTALL);
	private static final Pattern DONE_TAG = Pattern.compile("(?:^|\\s)#(?:xong|done|hoanthanh)\\s*$",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern LAST_YEAR_TAG = Pattern.compile("(?:^|\\s)#(?:namtruoc|lastyear)\\s*$",
			Pattern.CASE_INSENSITIVE);

	private ReportInput() {
	}

	/** An item code and what follows it. */
	record CodeAndRest(String code, String rest) {
	}

	/** "2.2 97,5" → (2.2, 97,5); text that does not start with a code and more. */
	static Optional<CodeAndRest> codeThenRest(String text) {
		if (text == null) {
			return Optional.empty();
		}
		var matcher = CODE_THEN_REST.matcher(text.strip());
		return matcher.matches() ? Optional.of(new CodeAndRest(matcher.group(1), matcher.group(2).strip()))
				: Optional.empty();
	}

	/** The command argument split at the first space: "2.2 97,5" → (2.2, 97,5); "2.2" → (2.2, ""). */
	static CodeAndRest argument(String argument) {
		var text = argument == null ? "" : argument.strip();
		var space = 0;
		while (space < text.length() && !Character.isWhitespace(text.charAt(space)) && text.charAt(space) != ':') {
			space++;
		}
		var rest = text.substring(space).strip();
		if (rest.startsWith(":")) {
			rest = rest.substring(1).strip();
		}
		return new CodeAndRest(text.substring(0, space), rest);
	}

	/** The item code a caption starts with, or empty. */
	static Optional<String> captionCode(String caption) {
		// One reading for evidence and for the plan import, which leaves such files to evidence.
		return Captions.itemCode(caption);
	}

	static boolean looksLikeFigure(String text) {
		return text != null && FIGURE_LIKE.matcher(text.strip()).matches();
	}

	/** A note with its done tag (#xong, #done, #hoanthanh at the end) taken off. */
	record Note(String text, boolean done) {
	}

	static Note note(String text) {
		var input = text == null ? "" : text.strip();
		var matcher = DONE_TAG.matcher(input);
		return matcher.find() ? new Note(input.substring(0, matcher.start()).strip(), true) : new Note(input, false);
	}

	/** A figure with its last-year tag (#namtruoc, #lastyear at the end) taken off. */
	record FigureText(String text, boolean lastYear) {
	}

	static FigureText figure(String text) {
		var input = text == null ? "" : text.strip();
		var matcher = LAST_YEAR_TAG.matcher(input);
		return matcher.find() ? new FigureText(input.substring(0, matcher.start()).strip(), true)
				: new FigureText(input, false);
	}
}
