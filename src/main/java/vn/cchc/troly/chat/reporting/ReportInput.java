package vn.cchc.troly.chat.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.cchc.troly.chat.internal.Captions;

/**
 * Reads what officials type when they report: "2.2 97,5", "2.2: 97,5%", a note ending in
 * "#xong", a figure ending in "#namtruoc", a caption starting with an item code; and what a
 * message that is not one of these holds ({@link #read}): "mục 4 15", "4 = 14", "2.2 đạt 97,5%
 * rồi", a bare number, a bare code.
 */
final class ReportInput {

	/** "Mục 4 …", "4 = 14", "2.2: …", "2.2", "4." : an optional word for item, a code, a separator, the rest. */
	private static final Pattern CODE_FIRST = Pattern.compile(
			"((?:mục|muc|item|chỉ tiêu|chi tieu)\\s*)?(\\d{1,3}(?:\\.\\d{1,3})*)\\.?(?:(\\s*[:=–-]\\s*|\\s+)(\\S.*)|[\\s:=.]*)",
			Pattern.DOTALL | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	/** A figure alone: "97,5", "97,5%", "49/50", "15". */
	private static final Pattern NUMBER_ALONE = Pattern.compile("\\d+(?:[.,]\\d+)?\\s*%?|\\d+\\s*/\\s*\\d+");
	/** A number in a sentence: a fraction, or a number with or without a percent sign. */
	private static final Pattern NUMBER_IN_TEXT = Pattern.compile(
			"(?<![\\d.,/])(\\d+\\s*/\\s*\\d+|\\d+(?:[.,]\\d+)?(?:\\s*%)?)(?![\\d/]|[.,]\\d)");
	/** Words before a number that say it is a value: "đạt 97,5%", "= 14", "là 15", "có 3". */
	private static final Pattern VALUE_BEFORE = Pattern.compile(
			"(?:(?:^|[^\\p{L}])(?:đạt|dat|là|la|được|duoc|có|co|lên|len|gồm|gom|tổng|tong|cộng|cong|is|reached)|[=:])\\s*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	/** Words before a number that make it a date, a time or a document number, not a figure. */
	private static final Pattern NOT_A_VALUE_BEFORE = Pattern.compile(
			"(?:^|[^\\p{L}])(?:tháng|thang|ngày|ngay|năm|nam|quý|quy|tuần|tuan|lúc|luc|giờ|gio|số|so|lần|lan|kỳ|ky|đợt|dot|khoản|khoan|điều|dieu|mục|muc|month|year|no\\.?)\\s*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	/** Words that make a number a change rather than the figure itself: "thêm 3", "tăng 2", "giảm 1". */
	private static final Pattern CHANGE_WORDS = Pattern.compile(
			"(?:^|[^\\p{L}])(?:thêm|them|tăng|giảm|giam|bớt|bot|more|increase[sd]?|decrease[sd]?|added)(?:[^\\p{L}]|$)|\\+\\s*\\d",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

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

	/**
	 * What a plain message is, before the plan is asked whether its code is an item: a code with
	 * text after it, a code alone, a number alone, or anything else.
	 *
	 * @param strict for a code with text: written "2.2 97,5" or "2.2: 97,5", the form taken as a figure
	 *        at once; "mục 4 15", "4 = 14" are read but offered back for confirmation
	 */
	record Reading(Shape shape, String code, String rest, boolean strict) {

		enum Shape {
			CODE_AND_TEXT, CODE_ALONE, NUMBER_ALONE, OTHER
		}
	}

	static Reading read(String text) {
		var input = text == null ? "" : text.strip();
		var code = CODE_FIRST.matcher(input);
		if (code.matches()) {
			var rest = code.group(4) == null ? "" : code.group(4).strip();
			if (rest.isEmpty()) {
				return new Reading(Reading.Shape.CODE_ALONE, code.group(2), "", false);
			}
			var separator = code.group(3) == null ? "" : code.group(3).strip();
			var strict = code.group(1) == null && (separator.isEmpty() || separator.equals(":"));
			return new Reading(Reading.Shape.CODE_AND_TEXT, code.group(2), rest, strict);
		}
		if (NUMBER_ALONE.matcher(input).matches()) {
			return new Reading(Reading.Shape.NUMBER_ALONE, null, input, false);
		}
		return new Reading(Reading.Shape.OTHER, null, input, false);
	}

	/**
	 * The one figure a sentence about an item gives, as typed ("97,5%", "14", "49/50"), or empty when
	 * it gives none or several, or says a change ("thêm 3 hộ"). A number counts as a figure when the
	 * sentence is that number, when it carries a percent sign or is a fraction, when a word such as
	 * "đạt", "là", "=" comes before it, or when the item's unit follows it ({@code unitAfter}); never a
	 * date, a time or a document number ("tháng 11", "số 123").
	 */
	static Optional<String> figureInSentence(String sentence, java.util.function.Predicate<String> unitAfter) {
		var text = sentence == null ? "" : sentence.strip();
		if (text.isEmpty() || CHANGE_WORDS.matcher(text).find()) {
			return Optional.empty();
		}
		var found = new ArrayList<String>();
		var numbers = NUMBER_IN_TEXT.matcher(text);
		var all = 0;
		while (numbers.find()) {
			all++;
			var token = numbers.group(1).strip();
			var before = text.substring(0, numbers.start());
			var after = text.substring(numbers.end()).strip();
			if (NOT_A_VALUE_BEFORE.matcher(before).find()) {
				continue;
			}
			var alone = before.replaceAll("[=:\\s]", "").isEmpty() && after.replaceAll("[.!\\s]", "").isEmpty();
			var marked = token.contains("%") || token.contains("/");
			var named = VALUE_BEFORE.matcher(before).find();
			var unit = !after.isEmpty() && unitAfter.test(firstWords(after));
			if (alone || marked || named || unit) {
				found.add(token.replaceAll("\\s+", ""));
			}
		}
		// Two numbers that could each be the figure: which one is meant is the official's call.
		return found.size() == 1 && all <= 2 ? Optional.of(found.get(0)) : Optional.empty();
	}

	private static String firstWords(String text) {
		var words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}]+");
		return String.join(" ", List.of(words).subList(0, Math.min(3, words.length))).strip();
	}

	/**
	 * The text in parts of at most {@code limit} characters, cut after a sentence or line where one
	 * ends in the part's second half, else at a space, so no word is split: a long message kept as
	 * several notes.
	 */
	static List<String> parts(String text, int limit) {
		var parts = new ArrayList<String>();
		var rest = text == null ? "" : text.strip();
		while (rest.codePointCount(0, rest.length()) > limit) {
			var end = rest.offsetByCodePoints(0, limit);
			var cut = -1;
			for (var i = end; i > end / 2 && cut < 0; i--) {
				var c = rest.charAt(i - 1);
				if (c == '\n' || ((c == '.' || c == '!' || c == '?' || c == ';') && Character.isWhitespace(rest.charAt(i)))) {
					cut = i;
				}
			}
			for (var i = end; i > end / 2 && cut < 0; i--) {
				if (Character.isWhitespace(rest.charAt(i))) {
					cut = i;
				}
			}
			if (cut < 0) {
				cut = end;
			}
			parts.add(rest.substring(0, cut).strip());
			rest = rest.substring(cut).strip();
		}
		if (!rest.isEmpty()) {
			parts.add(rest);
		}
		return parts;
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
