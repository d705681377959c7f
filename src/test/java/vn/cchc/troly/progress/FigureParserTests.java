package vn.cchc.troly.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import vn.cchc.troly.plan.TargetKind;

class FigureParserTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "97,5|97.5", "97.5|97.5", "97.5%|97.5", "97,5 %|97.5", "  98  |98", "100%|100",
			"0|0", "0,25|0.25", "99,99999|100" })
	void aPercentageIsReadWithEitherDecimalSeparator(String text, String expected) {
		var result = FigureParser.parse(text, TargetKind.PERCENT);
		assertThat(result.ok()).isTrue();
		assertThat(result.figure().value()).isEqualByComparingTo(expected);
		assertThat(result.figure().percent()).isTrue();
		assertThat(result.figure().isFraction()).isFalse();
	}

	@Test
	void aFractionKeepsBothCountsAndStandsForItsShare() {
		var result = FigureParser.parse(" 49 / 50 ", TargetKind.PERCENT);
		assertThat(result.figure().numerator()).isEqualTo(49L);
		assertThat(result.figure().denominator()).isEqualTo(50L);
		assertThat(result.figure().value()).isEqualByComparingTo("98");
		assertThat(FigureParser.parse("50/50", TargetKind.PERCENT).figure().value()).isEqualByComparingTo("100");
		assertThat(FigureParser.parse("0/7", TargetKind.PERCENT).figure().value()).isEqualByComparingTo("0");
	}

	@Test
	void aCountIsAPlainNumber() {
		var result = FigureParser.parse("3", TargetKind.COUNT);
		assertThat(result.figure()).isEqualTo(Figure.of(new BigDecimal("3"), false));
		assertThat(FigureParser.parse("1250", TargetKind.INCREASE).figure().value()).isEqualByComparingTo("1250");
		assertThat(FigureParser.parse("150", TargetKind.COUNT).ok()).as("only percentages stop at 100").isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "1e309", "NaN", "Infinity", "1.234,5", "97,5,1", ",5", "5.", "+3", "3 4", "%",
			"97%5", "1/2/3", "ba", "0x10" })
	void somethingThatIsNotANumberIsRefused(String text) {
		assertThat(FigureParser.parse(text, TargetKind.PERCENT).problem()).isEqualTo(FigureProblem.NOT_A_NUMBER);
	}

	@ParameterizedTest
	@ValueSource(strings = { "٣", "９７", "4٥", "३" })
	void digitsFromOtherScriptsAreRefused(String text) {
		assertThat(FigureParser.parse(text, TargetKind.COUNT).problem()).isEqualTo(FigureProblem.NON_ASCII_DIGITS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "-3", "-0", " -97,5%", "−5", "-1/2" })
	void aMinusSignIsRefused(String text) {
		assertThat(FigureParser.parse(text, TargetKind.PERCENT).problem()).isEqualTo(FigureProblem.NEGATIVE);
	}

	@Test
	void aPercentageOverAHundredIsRefusedForAPercentItem() {
		assertThat(FigureParser.parse("150%", TargetKind.PERCENT).problem()).isEqualTo(FigureProblem.OVER_100_PERCENT);
		assertThat(FigureParser.parse("100,01", TargetKind.PERCENT).problem()).isEqualTo(FigureProblem.OVER_100_PERCENT);
	}

	@ParameterizedTest
	@ValueSource(strings = { "5/0", "60/50", "0/0" })
	void aFractionWithAZeroOrSmallerTotalIsRefused(String text) {
		assertThat(FigureParser.parse(text, TargetKind.PERCENT).problem()).isEqualTo(FigureProblem.BAD_FRACTION);
	}

	@Test
	void percentSignsAndFractionsAreForPercentItemsOnly() {
		assertThat(FigureParser.parse("50%", TargetKind.COUNT).problem()).isEqualTo(FigureProblem.PERCENT_NOT_EXPECTED);
		assertThat(FigureParser.parse("3/4", TargetKind.INCREASE).problem())
			.isEqualTo(FigureProblem.PERCENT_NOT_EXPECTED);
	}

	@Test
	void absurdlyLongInputIsRefused() {
		assertThat(FigureParser.parse("9".repeat(21), TargetKind.COUNT).problem()).isEqualTo(FigureProblem.TOO_LONG);
		assertThat(FigureParser.parse("1".repeat(10), TargetKind.COUNT).problem()).isEqualTo(FigureProblem.TOO_LONG);
		assertThat(FigureParser.parse("1234567890/9999999999", TargetKind.PERCENT).problem())
			.isEqualTo(FigureProblem.TOO_LONG);
		assertThat(FigureParser.parse("x".repeat(10_000), TargetKind.COUNT).problem()).isEqualTo(FigureProblem.TOO_LONG);
		assertThat(FigureParser.parse("000000003", TargetKind.COUNT).figure().value()).isEqualByComparingTo("3");
	}

	@Test
	void nothingTypedIsEmpty() {
		assertThat(FigureParser.parse(null, TargetKind.COUNT).problem()).isEqualTo(FigureProblem.EMPTY);
		assertThat(FigureParser.parse("  ", TargetKind.COUNT).problem()).isEqualTo(FigureProblem.EMPTY);
	}
}
