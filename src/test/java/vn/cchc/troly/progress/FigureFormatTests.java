package vn.cchc.troly.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class FigureFormatTests {

	private static final Locale VI = Locale.forLanguageTag("vi");

	@Test
	void vietnameseWritesADecimalComma() {
		assertThat(FigureFormat.format(Figure.of(new BigDecimal("97.5"), true), VI)).isEqualTo("97,5%");
		assertThat(FigureFormat.format(Figure.of(new BigDecimal("98.0000"), true), VI)).isEqualTo("98%");
		assertThat(FigureFormat.format(Figure.of(new BigDecimal("3"), false), VI)).isEqualTo("3");
		assertThat(FigureFormat.format(Figure.of(new BigDecimal("1250"), false), VI)).isEqualTo("1.250");
	}

	@Test
	void aFractionShowsBothCountsAndItsShare() {
		assertThat(FigureFormat.format(Figure.fraction(49, 50), VI)).isEqualTo("49/50 (98%)");
		assertThat(FigureFormat.format(Figure.fraction(1, 3), VI)).isEqualTo("1/3 (33,33%)");
	}

	@Test
	void atMostTwoDecimalsAreShown() {
		assertThat(FigureFormat.number(new BigDecimal("83.3333"), VI)).isEqualTo("83,33");
		assertThat(FigureFormat.number(new BigDecimal("0.505"), VI)).isEqualTo("0,51");
		assertThat(FigureFormat.number(new BigDecimal("0.5"), VI)).isEqualTo("0,5");
	}

	@Test
	void englishWritesADecimalPoint() {
		assertThat(FigureFormat.format(Figure.of(new BigDecimal("97.5"), true), Locale.ENGLISH)).isEqualTo("97.5%");
		assertThat(FigureFormat.format(Figure.fraction(49, 50), Locale.ENGLISH)).isEqualTo("49/50 (98%)");
		assertThat(FigureFormat.number(new BigDecimal("1250.25"), Locale.ENGLISH)).isEqualTo("1,250.25");
	}
}
