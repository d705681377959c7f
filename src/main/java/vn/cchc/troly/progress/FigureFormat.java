package vn.cchc.troly.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Shows figures the way the reader writes numbers: Vietnamese "97,5%", "49/50 (98%)", "1.250";
 * English "97.5%". At most two decimals, no trailing zeros.
 */
public final class FigureFormat {

	private FigureFormat() {
	}

	public static String format(Figure figure, Locale locale) {
		if (figure.isFraction()) {
			return figure.numerator() + "/" + figure.denominator() + " (" + percent(figure.value(), locale) + ")";
		}
		return figure.percent() ? percent(figure.value(), locale) : number(figure.value(), locale);
	}

	/** "97,5%" in Vietnamese, "97.5%" in English. */
	public static String percent(BigDecimal value, Locale locale) {
		return number(value, locale) + "%";
	}

	/** A number with the locale's decimal and grouping marks, rounded to two decimals. */
	public static String number(BigDecimal value, Locale locale) {
		var format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(locale));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value);
	}
}
