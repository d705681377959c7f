package vn.cchc.troly.plan;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a plan's target, baseline and time frame texts mean. Each reading is documented
 * where it is made; whatever does not fit one of them stays text only and, where a number was
 * left unread, the caller gets a warning.
 */
final class PlanPhrases {

	/**
	 * A number as written: "98", "01", "97,5", "97.5"; not one that is part of a date, a
	 * reference ("7900/QĐ-UBND", "49/50") or a year ("năm 2024"), which are not measures.
	 */
	private static final Pattern NUMBER = Pattern.compile("(?<![\\d/.,])(\\d+(?:[.,]\\d+)?)(?![\\d/]|[.,]\\d)\\s*(%?)");
	private static final Pattern YEAR_WORD = Pattern.compile("năm\\s*$");
	private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
	private static final Pattern DATE = Pattern.compile("(?<!\\d)\\d{1,2}/\\d{1,2}/\\d{4}(?!\\d)");

	private static final Pattern PER_YEAR = Pattern.compile("hàng năm|hằng năm|mỗi năm|từng năm");
	private static final Pattern INCREASE = Pattern.compile("tăng.*(so với|năm trước|cao hơn)");
	private static final Pattern RECURRING = Pattern.compile("tiếp theo|hàng năm|hằng năm|mỗi năm|thường xuyên|các năm sau");

	private static final Pattern AT_MOST = Pattern.compile("(không quá|không vượt quá|tối đa)\\s*$");
	private static final Pattern BELOW = Pattern.compile("(dưới|thấp hơn)\\s*$");
	private static final Pattern ABOVE = Pattern.compile("(trên|cao hơn|vượt)\\s*$");
	private static final Pattern DOWN_TO = Pattern.compile("giảm.*(xuống|còn)\\s*$");
	private static final Pattern NOT_REACHED = Pattern.compile("(chưa đạt|không đạt)\\s*$");
	private static final Pattern NONE_YET = Pattern.compile("không có|chưa có");

	/** Where the name of what a count target counts ends: "01 sáng kiến/giải pháp| mới trở lên". */
	private static final Pattern COUNTED_ENDS = Pattern.compile(
			"\\s+(mới|trở lên|trở xuống|được|có|trong|của|tại|so với|trên|mỗi|hàng|hằng|/năm)(\\s|$)|[,.;:()]",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private PlanPhrases() {
	}

	/** A number found in a text, with the text around it. */
	record Figure(BigDecimal value, boolean percent, String before, String after) {
	}

	/**
	 * The target's meaning:
	 * <ul>
	 * <li>one percentage: PERCENT; one other number: COUNT, its unit being what it counts;
	 * <li>comparator from the words before the number: "trên" GT; "không quá", "tối đa" or
	 * "… trở xuống" LE; "dưới" LT; "giảm … xuống (còn)" LE; anything else ("từ … trở lên",
	 * "ít nhất", "tối thiểu", "đạt", a bare "100%") GE, i.e. reaching the number;
	 * <li>no number and "tăng … so với / năm trước / cao hơn": INCREASE (comparator GT, no value);
	 * <li>otherwise, or with more than one number (a warning says so): QUALITATIVE;
	 * <li>perYear when the text says "hàng năm", "hằng năm", "mỗi năm" or "từng năm".
	 * </ul>
	 */
	static Target target(String text, String itemCode, Consumer<String[]> warn) {
		if (text == null) {
			return new Target(null, TargetKind.QUALITATIVE, null, null, null, false);
		}
		var lower = lower(text);
		boolean perYear = PER_YEAR.matcher(lower).find();
		var figures = figures(text);
		var percents = figures.stream().filter(Figure::percent).toList();
		boolean increase = INCREASE.matcher(lower).find();
		if (increase) {
			if (!figures.isEmpty()) {
				warn.accept(new String[] { "targetIncreaseNumber", itemCode });
			}
			return new Target(text, TargetKind.INCREASE, Comparator.GT, null, null, perYear);
		}
		if (percents.size() == 1) {
			var figure = percents.get(0);
			return new Target(text, TargetKind.PERCENT, comparator(figure), figure.value(), "%", perYear);
		}
		if (figures.size() == 1) {
			var figure = figures.get(0);
			return new Target(text, TargetKind.COUNT, comparator(figure), figure.value(), counted(figure.after()),
					perYear);
		}
		if (!figures.isEmpty()) {
			warn.accept(new String[] { "targetNumbers", itemCode });
		}
		return Target.qualitative(text, perYear);
	}

	/**
	 * Last year's result, read against the target's kind: for a PERCENT target its one percentage,
	 * for a COUNT target its one number ("không có" / "chưa có" is 0). The bound: "chưa đạt",
	 * "không đạt", "dưới", "thấp hơn" BELOW; "trên", "cao hơn", "vượt" ABOVE; else EXACT. Other
	 * baselines are kept as text only (a warning when numbers were left unread).
	 */
	static Baseline baseline(String text, TargetKind kind, String itemCode, Consumer<String[]> warn) {
		if (text == null) {
			return new Baseline(null, null, null);
		}
		var figures = figures(text);
		var relevant = switch (kind) {
			case PERCENT -> figures.stream().filter(Figure::percent).toList();
			case COUNT -> figures.stream().filter(f -> !f.percent()).toList();
			default -> List.<Figure>of();
		};
		if (relevant.size() == 1) {
			var figure = relevant.get(0);
			return new Baseline(text, figure.value(), bound(figure.before()));
		}
		if (relevant.size() > 1) {
			warn.accept(new String[] { "baselineNumbers", itemCode });
		}
		else if (kind == TargetKind.COUNT && NONE_YET.matcher(lower(text)).find()) {
			return new Baseline(text, BigDecimal.ZERO, BaselineBound.EXACT);
		}
		return Baseline.textOnly(text);
	}

	/**
	 * The time frame: its first year (19xx/20xx) is {@code fromYear}; it recurs when it says
	 * "những năm tiếp theo", "hàng năm", "thường xuyên"…. A full date is not made a deadline
	 * (the coordinator sets deadlines); a warning names it.
	 */
	static Timeframe timeframe(String text, String itemCode, Consumer<String[]> warn) {
		if (text == null) {
			return new Timeframe(null, null, false);
		}
		var lower = lower(text);
		var year = YEAR.matcher(text);
		Integer fromYear = year.find() ? Integer.valueOf(year.group(1)) : null;
		boolean recurring = RECURRING.matcher(lower).find();
		var date = DATE.matcher(text);
		if (date.find()) {
			warn.accept(new String[] { "timeframeDate", itemCode, date.group() });
		}
		else if (fromYear == null && !recurring) {
			warn.accept(new String[] { "timeframeUnread", itemCode });
		}
		return new Timeframe(text, fromYear, recurring);
	}

	/**
	 * Every measure-like number in a text, in order; {@code before} is lower case (for reading
	 * comparators), {@code after} as written (it names what is counted).
	 */
	static List<Figure> figures(String text) {
		var found = new ArrayList<Figure>();
		var written = Normalizer.normalize(text, Normalizer.Form.NFC);
		var lower = lower(text);
		// Vietnamese lower-casing keeps every offset; if some other script did not, read lower case.
		var after = written.length() == lower.length() ? written : lower;
		Matcher matcher = NUMBER.matcher(lower);
		while (matcher.find()) {
			var before = lower.substring(0, matcher.start());
			boolean percent = !matcher.group(2).isEmpty();
			if (!percent && (YEAR_WORD.matcher(before).find() || insideDate(lower, matcher.start()))) {
				continue;
			}
			found.add(new Figure(number(matcher.group(1), percent), percent, before.strip(),
					after.substring(matcher.end()).strip()));
		}
		return List.copyOf(found);
	}

	/**
	 * "97,5" and "97.5" are 97.5; in a count, a dot before exactly three digits groups thousands
	 * the Vietnamese way ("1.000 hồ sơ").
	 */
	static BigDecimal number(String written, boolean percent) {
		int dot = written.indexOf('.');
		if (!percent && dot >= 0 && written.length() - dot - 1 == 3) {
			return new BigDecimal(written.replace(".", ""));
		}
		var value = new BigDecimal(written.replace(',', '.')).stripTrailingZeros();
		return value.scale() < 0 ? value.setScale(0) : value;
	}

	private static boolean insideDate(String text, int at) {
		var date = DATE.matcher(text);
		while (date.find()) {
			if (date.start() <= at && at < date.end()) {
				return true;
			}
		}
		return false;
	}

	private static Comparator comparator(Figure figure) {
		if (AT_MOST.matcher(figure.before()).find() || lower(figure.after()).contains("trở xuống")) {
			return Comparator.LE;
		}
		if (BELOW.matcher(figure.before()).find()) {
			return Comparator.LT;
		}
		if (ABOVE.matcher(figure.before()).find()) {
			return Comparator.GT;
		}
		if (DOWN_TO.matcher(figure.before()).find()) {
			return Comparator.LE;
		}
		return Comparator.GE;
	}

	private static BaselineBound bound(String before) {
		if (NOT_REACHED.matcher(before).find() || BELOW.matcher(before).find()) {
			return BaselineBound.BELOW;
		}
		if (ABOVE.matcher(before).find()) {
			return BaselineBound.ABOVE;
		}
		return BaselineBound.EXACT;
	}

	/** What a count counts, as written right after the number. */
	private static String counted(String after) {
		var end = COUNTED_ENDS.matcher(after);
		var name = (end.find() ? after.substring(0, end.start()) : after).strip();
		return name.isEmpty() ? null : name.length() > 200 ? name.substring(0, 200) : name;
	}

	private static String lower(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
	}
}
