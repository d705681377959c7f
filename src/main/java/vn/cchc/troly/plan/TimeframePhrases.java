package vn.cchc.troly.plan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an item's time frame (thời gian thực hiện) as a person reads it: the first deadline in
 * the plan's year, and how often it comes round again. What names no date gets a warning and no
 * deadline, never a guessed one.
 */
final class TimeframePhrases {

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

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

	private TimeframePhrases() {
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
		var lower = PlanPhrases.lower(text);
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

}
