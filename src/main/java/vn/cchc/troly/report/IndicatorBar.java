package vn.cchc.troly.report;

import java.awt.Color;
import java.math.BigDecimal;

/**
 * One indicator on the weekly chart: its latest value (null when none this year) against its target
 * and last year's figure, coloured by its status. {@code lastYear} is set only where last year's
 * figure is known: "Đạt 95%" is 95, "dưới 60%" is not a value. {@code percent} puts it on the 0–100 %
 * panel; counts get a panel of their own.
 */
record IndicatorBar(String code, String title, BigDecimal latest, BigDecimal target, BigDecimal lastYear, Color colour,
		boolean percent) {
}
