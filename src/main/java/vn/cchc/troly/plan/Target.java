package vn.cchc.troly.plan;

import java.math.BigDecimal;

/**
 * An item's target (chỉ tiêu khắc phục): the text as written and what it means. {@code value}
 * and {@code comparator} are set for PERCENT and COUNT; {@code unit} is "%" or what is counted
 * ("sáng kiến/giải pháp"); {@code perYear} when the text says the target holds each year.
 */
public record Target(String text, TargetKind kind, Comparator comparator, BigDecimal value, String unit,
		boolean perYear) {

	public static Target qualitative(String text, boolean perYear) {
		return new Target(text, TargetKind.QUALITATIVE, null, null, null, perYear);
	}

	public boolean isNumeric() {
		return (kind == TargetKind.PERCENT || kind == TargetKind.COUNT) && value != null && comparator != null;
	}
}
