package vn.cchc.troly.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

import vn.cchc.troly.plan.PlanItem;
import vn.cchc.troly.plan.TargetKind;

/**
 * Reads a figure as an official types it: {@code 97,5} {@code 97.5%} {@code 49/50} {@code 3},
 * spaces around allowed. Either decimal separator is accepted; a number with both ("1.234,5")
 * is refused rather than guessed. Only ASCII digits are read. A count is a whole number. For an
 * item, the number may be followed by the item's unit ("15 hộ" for "doanh nghiệp/hộ kinh doanh").
 */
public final class FigureParser {

	static final int MAX_LENGTH = 20;
	private static final int MAX_INTEGER_DIGITS = 9;
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
	private static final Pattern NUMBER = Pattern.compile("(\\d+)(?:[.,](\\d+))?\\s*(%?)");
	private static final Pattern FRACTION = Pattern.compile("(\\d+)\\s*/\\s*(\\d+)");

	private FigureParser() {
	}

	/** A figure, or the problem that kept the text from being one. */
	public record Result(Figure figure, FigureProblem problem) {

		static Result of(Figure figure) {
			return new Result(figure, null);
		}

		static Result problem(FigureProblem problem) {
			return new Result(null, problem);
		}

		public boolean ok() {
			return figure != null;
		}
	}

	/**
	 * Reads the text as a figure for the item: as {@link #parse(String, TargetKind)} for its kind, and
	 * a number followed by words is taken when the words name what the item counts ({@link FigureUnits}),
	 * refused with UNIT_MISMATCH when they name something else.
	 */
	public static Result parse(String text, PlanItem item) {
		var kind = item.target().kind();
		var whole = parse(text, kind);
		if (whole.ok() || whole.problem() != FigureProblem.NOT_A_NUMBER) {
			return whole;
		}
		var split = FigureUnits.split(text);
		if (split == null) {
			return whole;
		}
		var number = parse(split.number(), kind);
		if (!number.ok()) {
			return number;
		}
		return FigureUnits.matches(split.unit(), item) ? number : Result.problem(FigureProblem.UNIT_MISMATCH);
	}

	/** Whether the words ("hộ kinh doanh", "sáng kiến") name what the item counts, as they may follow its figure. */
	public static boolean isUnitOf(String words, PlanItem item) {
		return FigureUnits.matches(words, item);
	}

	/**
	 * Reads the text as a figure for an item of the given kind. Percent signs and fractions are
	 * taken only for PERCENT items, whose figures must lie between 0 and 100.
	 */
	public static Result parse(String text, TargetKind kind) {
		var input = text == null ? "" : text.strip();
		if (input.isEmpty()) {
			return Result.problem(FigureProblem.EMPTY);
		}
		if (input.length() > MAX_LENGTH) {
			return Result.problem(FigureProblem.TOO_LONG);
		}
		if (input.codePoints().anyMatch(c -> Character.isDigit(c) && (c < '0' || c > '9'))) {
			return Result.problem(FigureProblem.NON_ASCII_DIGITS);
		}
		if (startsWithMinus(input)) {
			return Result.problem(FigureProblem.NEGATIVE);
		}
		boolean percentItem = kind == TargetKind.PERCENT;
		var fraction = FRACTION.matcher(input);
		if (fraction.matches()) {
			if (!percentItem) {
				return Result.problem(FigureProblem.PERCENT_NOT_EXPECTED);
			}
			if (tooManyDigits(fraction.group(1)) || tooManyDigits(fraction.group(2))) {
				return Result.problem(FigureProblem.TOO_LONG);
			}
			long part = Long.parseLong(fraction.group(1));
			long total = Long.parseLong(fraction.group(2));
			if (total == 0 || total < part) {
				return Result.problem(FigureProblem.BAD_FRACTION);
			}
			return Result.of(Figure.fraction(part, total));
		}
		var number = NUMBER.matcher(input);
		if (!number.matches()) {
			return Result.problem(FigureProblem.NOT_A_NUMBER);
		}
		if (tooManyDigits(number.group(1))) {
			return Result.problem(FigureProblem.TOO_LONG);
		}
		if (!number.group(3).isEmpty() && !percentItem) {
			return Result.problem(FigureProblem.PERCENT_NOT_EXPECTED);
		}
		var digits = number.group(2) == null ? number.group(1) : number.group(1) + "." + number.group(2);
		var value = new BigDecimal(digits).setScale(Figure.SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
		if (percentItem && value.compareTo(HUNDRED) > 0) {
			return Result.problem(FigureProblem.OVER_100_PERCENT);
		}
		// "2,5 sáng kiến": what a count target counts comes in whole units.
		if (kind == TargetKind.COUNT && value.stripTrailingZeros().scale() > 0) {
			return Result.problem(FigureProblem.NOT_WHOLE);
		}
		return Result.of(Figure.of(value, percentItem));
	}

	private static boolean startsWithMinus(String input) {
		char first = input.charAt(0);
		return first == '-' || first == '\u2212' || first == '\u2013';
	}

	private static boolean tooManyDigits(String digits) {
		return digits.replaceFirst("^0+(?=\\d)", "").length() > MAX_INTEGER_DIGITS;
	}
}
