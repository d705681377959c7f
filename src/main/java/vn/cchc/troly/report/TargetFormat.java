package vn.cchc.troly.report;

import java.math.BigDecimal;
import java.util.Locale;

import vn.cchc.troly.plan.Comparator;
import vn.cchc.troly.plan.Target;
import vn.cchc.troly.plan.TargetKind;
import vn.cchc.troly.progress.Figure;
import vn.cchc.troly.progress.FigureFormat;

/**
 * A target in a few characters for a phone screen: "&gt;98%", "≥1", and for "higher than last
 * year" "&gt;10" (last year's figure). Plain text: escape it before putting it in HTML.
 */
public final class TargetFormat {

	private TargetFormat() {
	}

	/** The short target, or null when it has no number (qualitative, or INCREASE without last year's figure). */
	public static String brief(Target target, Figure lastYear, Locale locale) {
		return brief(target.kind(), target.comparator(), target.value(), lastYear, locale);
	}

	public static String brief(TargetKind kind, Comparator comparator, BigDecimal value, Figure lastYear, Locale locale) {
		if (kind == TargetKind.INCREASE) {
			// "bằng hoặc cao hơn năm trước" is ≥ last year's figure; "tăng" is more than it.
			return lastYear == null ? null
					: (comparator == Comparator.GE ? "≥" : ">") + FigureFormat.number(lastYear.value(), locale);
		}
		if ((kind != TargetKind.PERCENT && kind != TargetKind.COUNT) || comparator == null || value == null) {
			return null;
		}
		var shown = kind == TargetKind.PERCENT ? FigureFormat.percent(value, locale) : FigureFormat.number(value, locale);
		return comparator.symbol() + shown;
	}
}
