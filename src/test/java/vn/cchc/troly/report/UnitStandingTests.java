package vn.cchc.troly.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The province's order, without a database. */
class UnitStandingTests {

	@Test
	void twoThirdsRankAboveSixtySixInAHundredThoughBothShow67Percent() {
		var twoThirds = unit(1, "UBND xã B", 2, 3, 0);
		var sixtySix = unit(2, "UBND xã A", 66, 100, 0);

		assertThat(ranked(sixtySix, twoThirds)).containsExactly(twoThirds, sixtySix);
		assertThat(twoThirds.sharePercent()).isEqualByComparingTo("67");
		assertThat(sixtySix.sharePercent()).isEqualByComparingTo("66");
	}

	@Test
	void anEqualShareGoesToFewerItemsRedOrOverdueThenByNameTheVietnameseWay() {
		var twoOff = unit(1, "UBND xã An Phú", 1, 2, 2);
		var oneOff = unit(2, "UBND xã Ba Tơ", 2, 4, 1);
		var đức = unit(3, "UBND xã Đức Phổ", 1, 2, 0);
		var dung = unit(4, "UBND xã Dung Quất", 1, 2, 0);

		// Đ follows D in Vietnamese, though its code point comes after every Latin letter too.
		assertThat(ranked(twoOff, đức, oneOff, dung)).containsExactly(dung, đức, oneOff, twoOff);
	}

	@Test
	void aPlanWithoutNumericIndicatorsAfterThoseWithThenTheUnitsWithoutAPlan() {
		var none = UnitStanding.withoutPlan(1, "UBND xã A");
		var unnamed = UnitStanding.withoutPlan(2, null);
		var qualitativeOnly = unit(3, "UBND xã B", 0, 0, 0);
		var nothingMet = unit(4, "UBND xã C", 0, 5, 3);

		assertThat(ranked(unnamed, none, qualitativeOnly, nothingMet)).containsExactly(nothingMet, qualitativeOnly, none,
				unnamed);
		assertThat(qualitativeOnly.sharePercent()).isNull();
	}

	private static UnitStanding unit(long id, String name, int met, int numeric, int offTrack) {
		return new UnitStanding(id, name, id, numeric + 1, new UnitStanding.Numeric(numeric, met, 0, numeric - met, 0),
				offTrack, 0, offTrack, null, true);
	}

	private static List<UnitStanding> ranked(UnitStanding... units) {
		return Stream.of(units).sorted(UnitStanding.ranking()).toList();
	}
}
