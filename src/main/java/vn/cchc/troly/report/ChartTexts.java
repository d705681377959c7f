package vn.cchc.troly.report;

import java.awt.Color;
import java.util.List;
import java.util.Locale;

/**
 * The words on a chart, already in the reader's language, and the status colours the legend
 * explains. {@code noFigure} stands where an indicator without a figure would have its bar;
 * {@code locale} formats the numbers written on the bars (97,5% in Vietnamese).
 */
record ChartTexts(String title, String subtitle, String target, String baseline, String percentAxis, String countAxis,
		String noFigure, List<LegendEntry> statuses, Locale locale) {

	/** A colour of the bars and what it means: "Đạt". */
	record LegendEntry(String label, Color colour) {
	}
}
