package vn.cchc.troly.report;

import java.awt.Color;
import java.math.BigDecimal;

/**
 * One indicator on the weekly chart: its latest value against target and baseline, coloured by
 * its status. {@code percent} puts it on the 0–100 % panel; counts get a panel of their own.
 */
record IndicatorBar(String code, BigDecimal latest, BigDecimal target, BigDecimal baseline, Color colour,
		boolean percent) {
}
