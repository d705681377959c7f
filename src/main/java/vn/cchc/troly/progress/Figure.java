package vn.cchc.troly.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A figure as reported. "49/50" keeps both counts and stands for 98 (percent); {@code percent}
 * says the value is a share in percent (the item's target is a percentage).
 */
public record Figure(BigDecimal value, Long numerator, Long denominator, boolean percent) {

	/** Decimal places kept (the database column holds four). */
	static final int SCALE = 4;

	public static Figure of(BigDecimal value, boolean percent) {
		return new Figure(value, null, null, percent);
	}

	/** "49/50": 49 of 50, a value of 98 (percent). */
	public static Figure fraction(long numerator, long denominator) {
		var share = BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.HALF_UP);
		return new Figure(share, numerator, denominator, true);
	}

	public boolean isFraction() {
		return numerator != null && denominator != null;
	}
}
