package vn.cchc.troly.plan;

import java.math.BigDecimal;

/**
 * Last year's result (kết quả thực hiện năm trước) as written, and its number when it has one:
 * "dưới 60%" is value 60 with bound BELOW.
 */
public record Baseline(String text, BigDecimal value, BaselineBound bound) {

	public static Baseline textOnly(String text) {
		return new Baseline(text, null, null);
	}
}
