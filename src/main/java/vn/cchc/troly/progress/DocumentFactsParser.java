package vn.cchc.troly.progress;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads how an official names a document in a caption or a correction, in the forms Vietnamese
 * offices write: the number and symbol ("123/QĐ-UBND", "QĐ 123/QĐ-UBND", "số 45/BC-UBND",
 * "Quyết định số 12/2025/QĐ-UBND"), the date ("ngày 12/3/2025", "12-03-2025", "ngày 12 tháng 3 năm
 * 2025"), the issuer ("của UBND xã", "do UBND tỉnh ban hành", else the symbol's part after the kind
 * of document: QĐ-UBND is UBND's) and the page or section ("trang 2", "tr. 2-3", "mục II",
 * "phụ lục 1"). What it does not find stays unknown; it never guesses from other words.
 */
public final class DocumentFactsParser {

	/** A number and symbol: digits, maybe a year, then a symbol with a letter ("QĐ-UBND", "BC-UBND"). */
	private static final Pattern SYMBOL = Pattern.compile(
			"(?<![\\p{L}\\d/])(\\d{1,6}(?:/\\d{4})?/\\p{L}[\\p{L}\\d]*(?:[-–]\\p{L}[\\p{L}\\d]*)*)(?![\\p{L}\\d])");
	/** "số 123" with no symbol. */
	private static final Pattern NUMBER_ONLY = Pattern.compile("(?iu)(?<!\\p{L})số\\s*:?\\s*(\\d{1,6})(?![\\d/])");
	private static final Pattern DATE = Pattern.compile("(?<![\\d/.-])(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})(?![\\d/])");
	private static final Pattern DATE_IN_WORDS = Pattern
		.compile("(?iu)ngày\\s*(\\d{1,2})\\s*tháng\\s*(\\d{1,2})\\s*năm\\s*(\\d{4})");
	private static final Pattern ISSUER_OF = Pattern.compile(
			"(?iu)(?<!\\p{L})(?:của|do)\\s+(.+?)\\s*(?=\\bban hành\\b|[,;(]|\\s(?:ngày|trang|tr\\.|tr\\s|mục|phụ lục|về|số)\\s|$)");
	private static final Pattern PAGE = Pattern
		.compile("(?iu)(?<!\\p{L})(?:trang|tr\\.?)\\s*(\\d{1,4}(?:\\s*[-–]\\s*\\d{1,4})?)(?!\\d)");
	private static final Pattern SECTION = Pattern.compile(
			"(?iu)(?<!\\p{L})(mục|phần|điều|khoản|phụ lục|chương)\\s+([IVXLC]{1,6}(?:\\.\\d{1,3})*|\\d{1,3})(?![\\p{L}\\d.])");
	/** The kinds of document a symbol starts with (Nghị định 30/2020/NĐ-CP, appendix III), upper case. */
	private static final java.util.Set<String> KINDS = java.util.Set.of("QĐ", "NQ", "CT", "QC", "QYĐ", "TB", "HD",
			"CTR", "KH", "PA", "ĐA", "DA", "BC", "BB", "TTR", "HĐ", "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "GXN",
			"GNP", "PC", "PB", "PG", "KL", "TT", "CV", "VBHN", "HQ", "QĐĐC");
	/** How a symbol's issuer part is said in full where an abbreviation would puzzle a reader. */
	private static final Map<String, String> ISSUERS = Map.of("ĐU", "Đảng ủy", "CT", "Chủ tịch UBND", "VP", "Văn phòng");

	private DocumentFactsParser() {
	}

	/** The facts the text names; {@link DocumentFacts#NONE} for a blank text or one that names none. */
	public static DocumentFacts parse(String text) {
		if (text == null || text.isBlank()) {
			return DocumentFacts.NONE;
		}
		var line = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
		var symbol = SYMBOL.matcher(line);
		String number = null;
		String symbolIssuer = null;
		var rest = line;
		if (symbol.find()) {
			// Dates are looked for with the symbol taken out, so "12/2025/QĐ-UBND" is never a date.
			rest = line.substring(0, symbol.start()) + " " + line.substring(symbol.end());
			number = symbol.group(1).replace('–', '-');
			symbolIssuer = issuerOfSymbol(number);
		}
		else {
			var only = NUMBER_ONLY.matcher(line);
			if (only.find()) {
				number = only.group(1);
			}
		}
		var date = date(rest);
		var issuer = issuer(rest);
		return new DocumentFacts(clip(number, 100), date, clip(issuer != null ? issuer : symbolIssuer, 300),
				clip(page(rest), 100));
	}

	private static LocalDate date(String text) {
		for (var pattern : new Pattern[] { DATE_IN_WORDS, DATE }) {
			var matcher = pattern.matcher(text);
			while (matcher.find()) {
				try {
					return LocalDate.of(Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(2)),
							Integer.parseInt(matcher.group(1)));
				}
				catch (DateTimeException e) {
					// "31/2/2025" is not a date; look further.
				}
			}
		}
		return null;
	}

	private static String issuer(String text) {
		var matcher = ISSUER_OF.matcher(text);
		while (matcher.find()) {
			var issuer = matcher.group(1).replaceAll("[\\s.:;,]+$", "").strip();
			if (!issuer.isEmpty() && Character.isLetter(issuer.codePointAt(0))) {
				return issuer;
			}
		}
		return null;
	}

	/**
	 * "QĐ-UBND" → "UBND", "12/2025/NQ-HĐND" → "HĐND": a named kind of document, then its issuer. A
	 * letter (công văn) has no kind and starts with its issuer: "UBND-VP" is UBND's, drafted by its
	 * office. Null when the symbol says no issuer.
	 */
	private static String issuerOfSymbol(String number) {
		var parts = number.substring(number.lastIndexOf('/') + 1).split("-");
		if (parts.length < 2) {
			return null;
		}
		var part = KINDS.contains(parts[0].toUpperCase(Locale.ROOT)) ? parts[1] : parts[0];
		return ISSUERS.getOrDefault(part.toUpperCase(Locale.ROOT), part);
	}

	/** "trang 2", "trang 2-3", "mục II", "phụ lục 1", several joined: "phụ lục 1, trang 3". */
	private static String page(String text) {
		var found = new ArrayList<Found>();
		var section = SECTION.matcher(text);
		while (section.find()) {
			found.add(new Found(section.start(), section.group(1).toLowerCase(Locale.ROOT) + " " + section.group(2)));
		}
		var page = PAGE.matcher(text);
		while (page.find()) {
			found.add(new Found(page.start(), "trang " + page.group(1).replaceAll("\\s*[-–]\\s*", "-")));
		}
		if (found.isEmpty()) {
			return null;
		}
		found.sort((a, b) -> Integer.compare(a.at(), b.at()));
		return String.join(", ", found.stream().map(Found::text).toList());
	}

	private record Found(int at, String text) {
	}

	private static String clip(String text, int max) {
		if (text == null) {
			return null;
		}
		return text.length() <= max ? text : text.substring(0, max);
	}
}
