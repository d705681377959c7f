package vn.cchc.troly.plan;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a plan's target, baseline and time frame texts mean, the way a person reads them.
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

	// --- time frames ---

	private static final Pattern MONTHLY = Pattern.compile("h[aàằ]ng tháng|mỗi tháng|từng tháng|định kỳ tháng|theo tháng");
	private static final Pattern QUARTERLY = Pattern.compile("h[aàằ]ng quý|mỗi quý|từng quý|định kỳ quý|theo quý");
	private static final Pattern YEARLY = Pattern.compile(
			"h[aàằ]ng năm|mỗi năm|từng năm|thường xuyên|liên tục|tiếp theo|các năm sau|trở đi|định kỳ");
	private static final Pattern FULL_DATE = Pattern.compile(
			"(?<!\\d)(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*((?:19|20)\\d{2})(?!\\d)"
					+ "|ngày\\s*(\\d{1,2})\\s*tháng\\s*(\\d{1,2})\\s*năm\\s*((?:19|20)\\d{2})");
	private static final Pattern DAY_MONTH = Pattern.compile(
			"(?<![\\d/.])(\\d{1,2})\\s*/\\s*(\\d{1,2})(?![\\d/])(?:\\s*(?:năm)\\s*((?:19|20)\\d{2}))?"
					+ "|ngày\\s*(\\d{1,2})\\s*tháng\\s*(\\d{1,2})(?!\\s*năm\\s*\\d)");
	private static final String WITH_YEAR = "(?:\\s*(?:/|-|năm)\\s*((?:19|20)\\d{2}))?";
	/** "Quý II/2025", "quý 2 năm 2025", "Quý I, II/2025" (the last one named). */
	private static final Pattern QUARTER = Pattern.compile(
			"quý\\s*((?:(?:iv|iii|ii|i|[1-4])(?![\\p{L}\\d])\\s*(?:,|và|-|–|đến)?\\s*(?:quý\\s*)?)+)" + WITH_YEAR);
	private static final Pattern QUARTER_NUMERAL = Pattern.compile("(iv|iii|ii|i|[1-4])\\s*[,và\\-–đếnquý\\s]*$");
	private static final Pattern MONTH = Pattern.compile("(?<![\\d\\p{L}])tháng\\s*(\\d{1,2})(?![\\d.,]\\d)" + WITH_YEAR);
	private static final Pattern MONTHS_OF_YEAR = Pattern.compile(
			"(\\d{1,2}|sáu|chín)\\s*tháng\\s*(đầu|cuối)\\s*năm" + WITH_YEAR.replace("(?:/|-|năm)", "(?:/|-)?"));
	private static final Pattern YEAR_END = Pattern.compile("cuối năm" + WITH_YEAR.replace("(?:/|-|năm)", "(?:/|-)?"));
	private static final Pattern IN_YEAR = Pattern.compile("năm\\s*((?:19|20)\\d{2})");

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
	 * The time frame: {@code fromYear} is its first year (19xx/20xx); the deadline is the last date
	 * it names ("Từ tháng 3 đến tháng 6/2025" is 30/06/2025), a year missing from it being the
	 * plan's:
	 * <ul>
	 * <li>"(Trước) (ngày) 30/11/2025", "ngày 30 tháng 11 năm 2025": that day; "trước 30/6": 30/06
	 * of the plan's year;
	 * <li>"Quý II/2025", "quý 2 năm 2025": the quarter's end; "Tháng 6/2025": the month's end;
	 * "6 tháng đầu năm 2025": 30/06; "cuối năm", "Năm 2025", "Trong năm 2025": 31/12;
	 * <li>repeating: "Hằng tháng" MONTH, "Hằng quý" QUARTER, "Hằng năm", "Thường xuyên", "… và những
	 * năm tiếp theo" YEAR; the first deadline is the first period end in the plan's year (31/01,
	 * 31/03, 31/12), or the date named ("tháng 12 hằng năm" 31/12, "trước 31/3 hằng năm" 31/03);
	 * <li>anything else has no deadline: a warning says so.
	 * </ul>
	 */
	static Timeframe timeframe(String text, Integer planYear, String itemCode, Consumer<String[]> warn) {
		if (text == null) {
			return new Timeframe(null, null, false, null, null);
		}
		var lower = lower(text);
		var year = YEAR.matcher(text);
		Integer fromYear = year.find() ? Integer.valueOf(year.group(1)) : null;
		Integer defaultYear = planYear != null ? planYear : fromYear;
		Repeats repeats = MONTHLY.matcher(lower).find() ? Repeats.MONTH
				: QUARTERLY.matcher(lower).find() ? Repeats.QUARTER
				: YEARLY.matcher(lower).find() ? Repeats.YEAR : null;

		var deadline = lastDate(lower, defaultYear);
		if (repeats != null) {
			var first = defaultYear == null ? null : repeats.endOfPeriod(LocalDate.of(defaultYear, 1, 1));
			if (deadline == null) {
				deadline = first;
			}
			// The first deadline in the plan's year: "Trong năm 2024 và những năm tiếp theo" in a 2025 plan is 31/12/2025.
			while (deadline != null && planYear != null && deadline.getYear() < planYear) {
				deadline = repeats.next(deadline);
			}
		}
		else if (deadline == null) {
			warn.accept(new String[] { "timeframeUnread", itemCode });
		}
		return new Timeframe(text, fromYear, repeats != null, deadline, repeats);
	}

	/** A date the text names, with where it ends in the text. */
	private record Dated(int end, LocalDate date) {
	}

	private static LocalDate lastDate(String lower, Integer defaultYear) {
		var found = new ArrayList<Dated>();
		var masked = new StringBuilder(lower);
		var full = FULL_DATE.matcher(lower);
		while (full.find()) {
			int g = full.group(1) != null ? 1 : 4;
			add(found, full.end(), day(full.group(g + 2), full.group(g + 1), full.group(g)));
			mask(masked, full);
		}
		var dayMonth = DAY_MONTH.matcher(masked);
		while (dayMonth.find()) {
			int g = dayMonth.group(1) != null ? 1 : 4;
			var year = g == 1 && dayMonth.group(3) != null ? Integer.valueOf(dayMonth.group(3)) : yearAfter(lower, dayMonth.end(), defaultYear);
			if (year != null) {
				add(found, dayMonth.end(), day(String.valueOf(year), dayMonth.group(g + 1), dayMonth.group(g)));
			}
			mask(masked, dayMonth);
		}
		var halves = MONTHS_OF_YEAR.matcher(masked);
		while (halves.find()) {
			var year = halves.group(3) != null ? Integer.valueOf(halves.group(3)) : yearAfter(lower, halves.end(), defaultYear);
			var months = switch (halves.group(1)) {
				case "sáu" -> 6;
				case "chín" -> 9;
				default -> Integer.parseInt(halves.group(1));
			};
			if (year != null && months >= 1 && months <= 12) {
				int month = halves.group(2).equals("đầu") ? months : 12;
				add(found, halves.end(), LocalDate.of(year, month, 1).with(TemporalAdjusters.lastDayOfMonth()));
			}
			mask(masked, halves);
		}
		var quarter = QUARTER.matcher(masked);
		while (quarter.find()) {
			var year = quarter.group(2) != null ? Integer.valueOf(quarter.group(2)) : yearAfter(lower, quarter.end(), defaultYear);
			if (year != null) {
				var last = QUARTER_NUMERAL.matcher(quarter.group(1).strip());
				int q = switch (last.find() ? last.group(1) : quarter.group(1).strip()) {
					case "i", "1" -> 1;
					case "ii", "2" -> 2;
					case "iii", "3" -> 3;
					default -> 4;
				};
				add(found, quarter.end(), LocalDate.of(year, q * 3, 1).with(TemporalAdjusters.lastDayOfMonth()));
			}
			mask(masked, quarter);
		}
		var month = MONTH.matcher(masked);
		while (month.find()) {
			var year = month.group(2) != null ? Integer.valueOf(month.group(2)) : yearAfter(lower, month.end(), defaultYear);
			int m = Integer.parseInt(month.group(1));
			if (year != null && m >= 1 && m <= 12) {
				add(found, month.end(), LocalDate.of(year, m, 1).with(TemporalAdjusters.lastDayOfMonth()));
			}
			mask(masked, month);
		}
		var yearEnd = YEAR_END.matcher(masked);
		while (yearEnd.find()) {
			var year = yearEnd.group(1) != null ? Integer.valueOf(yearEnd.group(1)) : defaultYear;
			if (year != null) {
				add(found, yearEnd.end(), LocalDate.of(year, 12, 31));
			}
			mask(masked, yearEnd);
		}
		if (found.isEmpty()) {
			// Only a year: "Năm 2025", "Trong năm 2025" are its last day.
			var inYear = IN_YEAR.matcher(masked);
			while (inYear.find()) {
				add(found, inYear.end(), LocalDate.of(Integer.parseInt(inYear.group(1)), 12, 31));
			}
		}
		return found.stream().max(java.util.Comparator.comparingInt(Dated::end)).map(Dated::date).orElse(null);
	}

	/** The year a date without one belongs to: one named later in the text ("tháng 3 đến tháng 6/2025"), else the plan's. */
	private static Integer yearAfter(String lower, int from, Integer defaultYear) {
		var year = YEAR.matcher(lower);
		return year.find(from) ? Integer.valueOf(year.group(1)) : defaultYear;
	}

	private static void add(List<Dated> found, int end, LocalDate date) {
		if (date != null) {
			found.add(new Dated(end, date));
		}
	}

	/** Blanks out what one reading took, so that a later one does not read it again. */
	private static void mask(StringBuilder text, Matcher matcher) {
		for (int i = matcher.start(); i < matcher.end(); i++) {
			text.setCharAt(i, ' ');
		}
	}

	private static LocalDate day(String year, String month, String day) {
		try {
			return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
		}
		catch (DateTimeException | NumberFormatException e) {
			return null;
		}
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
