package vn.cchc.troly.report;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.WorkbookUtil;

/**
 * Names a workbook's sheets after units: what Excel allows (at most 31 characters, none of
 * {@code \ / ? * [ ] :}, no apostrophe at either end, names unique whatever their case) and what a
 * reader knows the unit by: "UBND xã Phổ Châu" is "Phổ Châu"; when that is taken (a ward of the same
 * name), "phường Phổ Châu", and only then "Phổ Châu (2)".
 */
final class SheetNames {

	static final int LIMIT = 31;
	private static final Pattern COMMITTEE = Pattern.compile("^(ubnd|ủy ban nhân dân|uỷ ban nhân dân)\\s+",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	private static final Pattern KIND = Pattern.compile("^(xã|phường|thị trấn|đặc khu)\\s+",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private final Set<String> taken = new HashSet<>();

	/** Sheet names already used (the overview's), which no unit's may repeat. */
	SheetNames(String... reserved) {
		for (var name : reserved) {
			taken.add(key(name));
		}
	}

	/** A name for the unit's sheet, unique among those given so far. */
	String next(String unitName) {
		var full = tidy(unitName);
		var withKind = COMMITTEE.matcher(full).replaceFirst("").strip();
		var bare = KIND.matcher(withKind).replaceFirst("").strip();
		var candidates = List.of(bare, withKind);
		for (var candidate : candidates) {
			var safe = safe(candidate, LIMIT);
			if (!safe.isEmpty() && taken.add(key(safe))) {
				return safe;
			}
		}
		var base = !bare.isEmpty() ? bare : !withKind.isEmpty() ? withKind : "-";
		for (int n = 2;; n++) {
			var suffix = " (" + n + ")";
			var numbered = safe(base, LIMIT - suffix.length()) + suffix;
			if (taken.add(key(numbered))) {
				return numbered;
			}
		}
	}

	/** Cut to the limit, then what Excel refuses replaced; empty for a name with nothing in it. */
	private static String safe(String name, int limit) {
		var cut = name.length() > limit ? name.substring(0, limit) : name;
		return cut.isBlank() ? "" : WorkbookUtil.createSafeSheetName(cut.strip(), ' ').strip();
	}

	private static String tidy(String name) {
		return Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
	}

	/** Excel tells sheet names apart without regard to case. */
	private static String key(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
	}
}
