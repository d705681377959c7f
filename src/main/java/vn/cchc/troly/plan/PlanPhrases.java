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
 * Reads what a plan's target and baseline texts mean, the way a person reads them (time frames:
 * {@link TimeframePhrases}).
 * Each reading is documented where it is made; what does not fit one of them is kept as written
 * and the caller gets a warning (which also marks the field as unsure), never a guess.
 */
final class PlanPhrases {

	/**
	 * A number as written: "98", "01", "97,5", "97.5"; not one that is part of a date, a
	 * reference ("7900/QĐ-UBND", "49/50", "5/12") or a year ("năm 2024"), which are not measures.
	 */
	private static final Pattern NUMBER = Pattern.compile("(?<![\\d/.,])(\\d+(?:[.,]\\d+)?)(?![\\d/]|[.,]\\d)\\s*(%?)");
	private static final Pattern YEAR_WORD = Pattern.compile("năm\\s*$");
	private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
	private static final Pattern DATE = Pattern.compile("(?<!\\d)\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*(?:19|20)\\d{2}(?!\\d)");

	// --- targets ---

	/** The target holds each year: "hằng năm", "mỗi năm", "/năm", "trong năm" (not "trong năm 2025"). */
	private static final Pattern PER_YEAR = Pattern.compile(
			"hàng năm|hằng năm|mỗi năm|từng năm|/\\s*năm|trong (?:một |01 |1 )?năm(?!\\s*(?:học|\\d))");

	/** A target measured against the year before needs one of these: "so với năm trước", "năm 2024". */
	private static final Pattern PREVIOUS_YEAR = Pattern.compile(
			"so với|năm trước|liền kề|cùng kỳ|năm (?:19|20)\\d{2}|năm qua");
	/** Equal or higher than the year before: INCREASE with ≥. */
	private static final Pattern NOT_BELOW_PREVIOUS = Pattern.compile(
			"bằng (?:hoặc|và) (?:cao|nâng cao|tăng|vượt)|không (?:thấp|ít) hơn|không giảm|tối thiểu bằng|ít nhất bằng|giữ vững");
	/** Higher than the year before: INCREASE with &gt;. */
	private static final Pattern ABOVE_PREVIOUS = Pattern.compile("tăng|cao hơn|nhiều hơn|vượt");
	/** Lower than the year before: no reading can hold it (there is no "decrease" target). */
	private static final Pattern BELOW_PREVIOUS = Pattern.compile("giảm|thấp hơn|ít hơn");

	/** Nothing of it may happen: "không có hồ sơ trễ hạn", "không để … trễ hạn". Lower is better. */
	private static final Pattern NONE_ALLOWED = Pattern.compile(
			"không (?:có|để|để xảy ra|để phát sinh|phát sinh|xảy ra|còn) ");
	/** What is counted where lower is better: a bare number next to these is not read as "at least". */
	private static final Pattern LOWER_IS_BETTER = Pattern.compile(
			"trễ hạn|quá hạn|chậm|sai sót|vi phạm|tồn đọng|bị trả lại|khiếu nại|tố cáo");
	private static final Pattern HIGHER_IS_BETTER = Pattern.compile(
			"đúng hạn|trước hạn|được giải quyết|được xử lý|được trả lời|giải quyết dứt điểm|xin lỗi");

	/** Words between a qualifier and its number that change nothing: "tối thiểu đạt 90%". */
	private static final Pattern FILLER = Pattern.compile("(?:(?<!\\p{L})(?:đạt|là|ở|mức|bằng|tỷ lệ)|[\\s(:])+$");
	// Negation first: "không thấp hơn" is ≥ although it ends in "thấp hơn".
	private static final Pattern AT_LEAST = Pattern.compile(
			"(?:không (?:thấp|ít|nhỏ|kém) hơn|không dưới|tối thiểu|ít nhất|thấp nhất|từ|lên|nâng lên|tăng lên)$");
	private static final Pattern AT_MOST = Pattern.compile(
			"(?:không (?:được )?(?:quá|vượt quá|vượt|cao hơn|lớn hơn|nhiều hơn|hơn|trên)|tối đa|nhiều nhất|cao nhất"
					+ "|xuống(?: còn)?|giảm (?:xuống|còn)(?: còn)?|còn)$");
	/** A change by an amount, not to one: "tăng 10%", "giảm 5% hồ sơ" cannot be held as a limit. */
	private static final Pattern CHANGE_BY = Pattern.compile("(?:tăng|giảm|nâng|hạ)(?: thêm)?$");
	private static final Pattern BELOW = Pattern.compile("(?:dưới|thấp hơn|ít hơn|nhỏ hơn|chưa tới|chưa đến)$");
	private static final Pattern ABOVE = Pattern.compile("(?:trên|cao hơn|lớn hơn|nhiều hơn|hơn|vượt|vượt mức)$");
	private static final Pattern VAGUE = Pattern.compile("(?:khoảng|gần|xấp xỉ|chừng|dự kiến|trung bình)$");
	/** "… trở lên" later in the number's clause: "từ 01 sáng kiến trở lên". */
	private static final Pattern OR_MORE = Pattern.compile("^[^,.;:]*?(?<!\\p{L})(?:trở lên|hoặc hơn|hoặc cao hơn)");
	private static final Pattern OR_LESS = Pattern.compile("^[^,.;:]*?(?<!\\p{L})(?:trở xuống|hoặc ít hơn|hoặc thấp hơn)");
	/** Of several numbers, the one the change goes to: "giảm từ 5% xuống còn 2%", "từ 40% lên 60%". */
	private static final Pattern END_OF_CHANGE = Pattern.compile("(?:xuống|lên|còn)(?:\\s+(?:còn|mức|dưới|trên))?\\s*$");

	/** Where the name of what a count target counts ends: "01 sáng kiến/giải pháp| mới trở lên". */
	private static final Pattern COUNTED_ENDS = Pattern.compile(
			"\\s+(mới|trở lên|trở xuống|được|có|trong|của|tại|so với|trên|mỗi|hàng|hằng|/năm)(\\s|$)|/\\s*năm|[,.;:()]",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	// --- baselines ---

	private static final Pattern NOT_REACHED = Pattern.compile("(?:chưa đạt|không đạt|dưới|thấp hơn|chưa tới|chưa đến|gần)\\s*$");
	private static final Pattern OVER = Pattern.compile("(?:trên|cao hơn|vượt|hơn)\\s*$");
	private static final Pattern NONE_YET = Pattern.compile("không có|chưa có");

	private PlanPhrases() {
	}

	/** A number found in a text, with the text around it. */
	record Figure(BigDecimal value, boolean percent, String before, String after) {
	}

	/**
	 * The target's meaning, read from the whole phrase:
	 * <ul>
	 * <li>against the year before ("so với năm trước", "năm 2024"…): "bằng hoặc cao hơn", "không
	 * thấp hơn", "không giảm" INCREASE with ≥; "tăng", "cao hơn" INCREASE with &gt;; a number in it
	 * (a relative change: "tăng 10%") or "giảm …" cannot be held as written: warning;
	 * <li>one percentage: PERCENT; else one other number: COUNT, its unit what it counts; of
	 * several, the one a change goes to ("xuống còn 2%", "lên 60%"), else (a range) a warning;
	 * <li>the comparator from the words around the number, negation first: "không thấp hơn / không
	 * dưới / tối thiểu / ít nhất / từ … / … trở lên" ≥; "không quá / không vượt quá / tối đa /
	 * … trở xuống / giảm … xuống (còn)" ≤; "dưới / thấp hơn" &lt;; "trên / cao hơn / vượt" &gt;;
	 * 0, or "không có / không để …" ≤ (lower is better); a bare number ("100%", "đạt 90%") ≥,
	 * unless it counts something where lower is better ("trễ hạn", "khiếu nại") or is vague
	 * ("khoảng") or a change by an amount ("tăng 10%", "giảm 5%"): then no comparator and a warning;
	 * <li>no number: "không có / không để … trễ hạn" a COUNT ≤ 0; else QUALITATIVE;
	 * <li>perYear when it says "hằng năm", "mỗi năm", "/năm" or "trong năm" (without a year).
	 * </ul>
	 * A PERCENT or COUNT target without a comparator is the explicit "unsure" reading: its text and
	 * number are kept, the status rule does not judge it, and the warning says why.
	 */
	static Target target(String text, String itemCode, Consumer<String[]> warn) {
		if (text == null) {
			return new Target(null, TargetKind.QUALITATIVE, null, null, null, false);
		}
		var lower = lower(text);
		boolean perYear = PER_YEAR.matcher(lower).find();
		var figures = figures(text);

		if (PREVIOUS_YEAR.matcher(lower).find()) {
			Comparator relative = NOT_BELOW_PREVIOUS.matcher(lower).find() ? Comparator.GE
					: ABOVE_PREVIOUS.matcher(lower).find() ? Comparator.GT : null;
			if (relative == null && BELOW_PREVIOUS.matcher(lower).find() && !hasLimit(figures)) {
				warn.accept(new String[] { "targetDecrease", itemCode });
				return Target.qualitative(text, perYear);
			}
			if (relative != null && !hasLimit(figures)) {
				if (!figures.isEmpty()) {
					warn.accept(new String[] { "targetIncreaseNumber", itemCode });
				}
				return new Target(text, TargetKind.INCREASE, relative, null, null, perYear);
			}
		}

		var percents = figures.stream().filter(Figure::percent).toList();
		var candidates = percents.isEmpty() ? figures : percents;
		var kind = percents.isEmpty() ? TargetKind.COUNT : TargetKind.PERCENT;
		if (candidates.isEmpty()) {
			var none = NONE_ALLOWED.matcher(lower);
			if (none.find()) {
				return new Target(text, TargetKind.COUNT, Comparator.LE, BigDecimal.ZERO,
						counted(text.substring(none.end())), perYear);
			}
			return Target.qualitative(text, perYear);
		}
		var figure = candidates.size() == 1 ? candidates.get(0) : endOfChange(candidates);
		var unit = kind == TargetKind.PERCENT ? "%" : null;
		if (figure == null) {
			warn.accept(new String[] { "targetNumbers", itemCode });
			return new Target(text, kind, null, null, unit, perYear);
		}
		if (kind == TargetKind.COUNT) {
			unit = counted(figure.after());
		}
		var comparator = comparator(figure, lower);
		if (comparator == null) {
			warn.accept(new String[] { "targetComparator", itemCode, figure.value().toPlainString() });
		}
		return new Target(text, kind, comparator, figure.value(), unit, perYear);
	}

	private static final Pattern BARE_NUMBER = Pattern.compile("(?<![\\d/.,])(\\d+(?:[.,]\\d+)?)(?![\\d/%]|[.,]\\d)");

	/**
	 * A value from a column headed "(%)", which holds percentages written without their sign:
	 * "Trên 98" reads as "Trên 98%". A year is not a percentage ("năm 2024").
	 */
	static String inPercent(String value) {
		if (value.contains("%")) {
			return value;
		}
		var matcher = BARE_NUMBER.matcher(value);
		var out = new StringBuilder();
		while (matcher.find()) {
			var before = value.substring(0, matcher.start());
			boolean year = YEAR_WORD.matcher(lower(before)).find() || YEAR.matcher(matcher.group(1)).matches();
			matcher.appendReplacement(out, year ? "$1" : "$1%");
		}
		matcher.appendTail(out);
		return out.toString();
	}

	/** Whether a number that is not a year is a limit of its own ("không thấp hơn 60%"). */
	private static boolean hasLimit(List<Figure> figures) {
		return figures.stream().anyMatch(f -> {
			var before = f.before();
			return AT_LEAST.matcher(trimFiller(before)).find() || AT_MOST.matcher(trimFiller(before)).find()
					|| BELOW.matcher(trimFiller(before)).find() || ABOVE.matcher(trimFiller(before)).find();
		}) && figures.stream().noneMatch(f -> f.before().matches(".*(?:tăng|giảm)\\s*$"));
	}

	/** Of several numbers, the last one a change goes to; null when none does (a range, a list). */
	private static Figure endOfChange(List<Figure> figures) {
		Figure end = null;
		for (var figure : figures) {
			if (END_OF_CHANGE.matcher(trimFiller(figure.before())).find()
					|| END_OF_CHANGE.matcher(figure.before()).find()) {
				end = figure;
			}
		}
		return end;
	}

	private static Comparator comparator(Figure figure, String lower) {
		var before = trimFiller(figure.before());
		var after = lower(figure.after());
		if (CHANGE_BY.matcher(before).find()) {
			return null;
		}
		if (AT_LEAST.matcher(before).find()) {
			return OR_LESS.matcher(after).find() ? Comparator.LE : Comparator.GE;
		}
		if (AT_MOST.matcher(before).find()) {
			// "giảm … xuống còn dưới 1%": the last word is the limit.
			return Comparator.LE;
		}
		if (OR_MORE.matcher(after).find()) {
			return Comparator.GE;
		}
		if (OR_LESS.matcher(after).find()) {
			return Comparator.LE;
		}
		if (BELOW.matcher(before).find()) {
			return Comparator.LT;
		}
		if (ABOVE.matcher(before).find()) {
			return Comparator.GT;
		}
		if (figure.value().signum() == 0 || NONE_ALLOWED.matcher(figure.before() + " ").find()) {
			return Comparator.LE;
		}
		if (VAGUE.matcher(before).find()) {
			return null;
		}
		if (LOWER_IS_BETTER.matcher(lower).find() && !HIGHER_IS_BETTER.matcher(lower).find()) {
			return null;
		}
		return Comparator.GE;
	}

	/** The words before a number less the fillers between a qualifier and the number. */
	private static String trimFiller(String before) {
		return FILLER.matcher(before).replaceFirst("").strip();
	}

	/**
	 * Last year's result, read against the target's kind: its first percentage for a PERCENT
	 * target, its first other number for a COUNT target, its first number for an INCREASE target
	 * ("37 hộ, giảm so với năm 2023" is 37; "Đạt 38,6%; xếp thứ 5/12" is 38,6); "không có" /
	 * "chưa có" is 0 for counts and increases. The bound: "chưa đạt", "không đạt", "dưới", "thấp
	 * hơn" BELOW; "trên", "cao hơn", "vượt" ABOVE; else EXACT. A qualitative item's baseline is text.
	 */
	static Baseline baseline(String text, TargetKind kind, String itemCode, Consumer<String[]> warn) {
		if (text == null) {
			return new Baseline(null, null, null);
		}
		var figures = figures(text);
		var relevant = switch (kind) {
			case PERCENT -> figures.stream().filter(Figure::percent).toList();
			case COUNT -> figures.stream().filter(f -> !f.percent()).toList();
			case INCREASE -> figures;
			case QUALITATIVE -> List.<Figure>of();
		};
		if (!relevant.isEmpty()) {
			var figure = relevant.get(0);
			return new Baseline(text, figure.value(), bound(figure.before()));
		}
		if ((kind == TargetKind.COUNT || kind == TargetKind.INCREASE) && NONE_YET.matcher(lower(text)).find()) {
			return new Baseline(text, BigDecimal.ZERO, BaselineBound.EXACT);
		}
		return Baseline.textOnly(text);
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
			if (!percent && (YEAR_WORD.matcher(before).find() || insideDate(lower, matcher.start())
					|| YEAR.matcher(matcher.group(1)).matches() && before.matches("(?s).*(?:quý|tháng)\\s*\\S*\\s*$"))) {
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

	private static BaselineBound bound(String before) {
		if (NOT_REACHED.matcher(before).find()) {
			return BaselineBound.BELOW;
		}
		if (OVER.matcher(before).find()) {
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

	static String lower(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
	}
}
