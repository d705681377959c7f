package vn.cchc.troly.plan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.cchc.troly.people.PositionNames;

/**
 * A plan's header as written before its content: the number after "Số:", the issuing line
 * "…, ngày … tháng … năm 2024" (its year, and its day when it names one), the title (the line after
 * "KẾ HOẠCH"), and the unit of the letterhead.
 */
record PlanHeader(String number, String issuedText, Integer year, LocalDate issuedOn, String title) {

	private static final Pattern NUMBER_LINE = Pattern.compile("^Số\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	private static final Pattern ISSUED = Pattern.compile(
			"ngày\\s*(\\d{1,2})?\\s*tháng\\s*(\\d{1,2})?\\s*năm\\s*((?:19|20)\\d{2})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	private static final Pattern UNIT_HEADER = Pattern.compile(
			"^(?:(?:ỦY|UỶ) BAN NHÂN DÂN|UBND)\\s+(XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)\\s+(\\p{Lu}[\\p{Lu}\\s]*?)\\s*$");
	/** A letterhead on two lines: "ỦY BAN NHÂN DÂN" then "XÃ TỊNH BÌNH". */
	private static final Pattern COMMITTEE = Pattern.compile("^(?:(?:ỦY|UỶ) BAN NHÂN DÂN|UBND)$");
	private static final Pattern UNIT_LINE = Pattern.compile(
			"^(XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)\\s+(\\p{Lu}[\\p{Lu}\\s]*?)\\s*$");
	private static final Pattern UNIT_IN_TEXT = Pattern.compile(
			"(?<!\\p{L})(?<![Tt]hị )(xã|phường|thị trấn)\\s+(\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*)*)");

	static PlanHeader read(List<String> header) {
		String number = null;
		String issuedText = null;
		Integer year = null;
		LocalDate issuedOn = null;
		String title = null;
		for (int i = 0; i < header.size(); i++) {
			var line = header.get(i).strip();
			var numberLine = NUMBER_LINE.matcher(line);
			if (number == null && numberLine.matches()) {
				number = PlanTextParser.blankToNull(PlanTextParser.clean(numberLine.group(1)));
			}
			var issued = ISSUED.matcher(line);
			if (issuedText == null && issued.find()) {
				issuedText = line;
				year = Integer.valueOf(issued.group(3));
				issuedOn = date(issued.group(1), issued.group(2), year);
			}
			if (title == null && "kế hoạch".equals(PositionNames.matchKey(line))) {
				title = nextNonBlank(header, i + 1);
			}
		}
		return new PlanHeader(number, issuedText, year, issuedOn, title);
	}

	/**
	 * The unit the document names: its letterhead ("ỦY BAN NHÂN DÂN XÃ …" on one line or two), else
	 * its first "xã / phường / thị trấn" and a capitalised name ("thị xã Đức Phổ" is the district).
	 */
	static String unit(List<String> lines) {
		String previous = "";
		for (var line : lines) {
			Matcher header = UNIT_HEADER.matcher(line.strip());
			if (header.matches()) {
				return "UBND " + header.group(1).toLowerCase(Locale.ROOT) + " " + capitalised(header.group(2));
			}
			var unitLine = UNIT_LINE.matcher(line.strip());
			if (COMMITTEE.matcher(previous).matches() && unitLine.matches()) {
				return "UBND " + unitLine.group(1).toLowerCase(Locale.ROOT) + " " + capitalised(unitLine.group(2));
			}
			if (!line.isBlank()) {
				previous = line.strip();
			}
		}
		for (var line : lines) {
			var named = UNIT_IN_TEXT.matcher(line);
			if (named.find()) {
				return "UBND " + named.group(1) + " " + named.group(2);
			}
		}
		return null;
	}

	private static String capitalised(String upper) {
		var words = upper.strip().toLowerCase(Locale.ROOT).split("\\s+");
		var name = new StringBuilder();
		for (var word : words) {
			name.append(name.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
		}
		return name.toString();
	}

	private static String nextNonBlank(List<String> lines, int from) {
		for (int i = from; i < lines.size(); i++) {
			if (!lines.get(i).isBlank()) {
				return PlanTextParser.clean(lines.get(i));
			}
		}
		return null;
	}

	private static LocalDate date(String day, String month, int year) {
		if (day == null || month == null) {
			return null;
		}
		try {
			return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
		}
		catch (DateTimeException e) {
			return null;
		}
	}
}
