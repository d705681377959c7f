package vn.cchc.troly.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PositionNamesTests {

	@Test
	void caseSpacingAndDashVariantsNameTheSamePosition() {
		assertThat(PositionNames.matchKey("Văn Phòng - Thống kê"))
			.isEqualTo(PositionNames.matchKey("Văn phòng- Thống kê ."))
			.isEqualTo(PositionNames.matchKey("văn phòng – thống  kê"));
	}

	@Test
	void oldAndNewToneMarkPlacementsNameTheSamePosition() {
		assertThat(PositionNames.matchKey("Văn hóa - Xã hội")).isEqualTo(PositionNames.matchKey("Văn hoá - xã hội"));
		assertThat(PositionNames.matchKey("Thủ quỹ - thủy lợi")).isEqualTo(PositionNames.matchKey("Thủ quỹ - thuỷ lợi"));
	}

	@Test
	void otherDiacriticsStillMatter() {
		assertThat(PositionNames.matchKey("Tư pháp - Hộ tịch")).isNotEqualTo(PositionNames.matchKey("Tu phap - Ho tich"));
	}

	@Test
	void decomposedUnicodeMatchesComposed() {
		var decomposed = java.text.Normalizer.normalize("Tài chính - Kế toán", java.text.Normalizer.Form.NFD);
		assertThat(PositionNames.matchKey(decomposed)).isEqualTo(PositionNames.matchKey("Tài chính - Kế toán"));
	}

	@Test
	void aDutyAfterThePositionIsSplitOff() {
		var parsed = PositionNames.parse("Công chức Văn Phòng - Thống kê phụ trách Một cửa.");
		assertThat(parsed.position()).isEqualTo("Văn Phòng - Thống kê");
		assertThat(parsed.duty()).isEqualTo("phụ trách Một cửa");
		assertThat(PositionNames.matchKey(parsed.position())).isEqualTo(PositionNames.matchKey("Văn phòng - Thống kê"));
	}

	@Test
	void dashesAreSpacedTheSameWayWhenShown() {
		assertThat(PositionNames.displayName("Thủ quỹ- Văn thư- lưu trữ")).isEqualTo("Thủ quỹ - Văn thư - lưu trữ");
	}

	@Test
	void groupsAreRecognised() {
		assertThat(PositionNames.kindOf("Cán bộ, công chức xã")).isEqualTo(PositionKind.ALL_STAFF);
		assertThat(PositionNames.kindOf("Bộ phận Một cửa xã")).isEqualTo(PositionKind.TEAM);
		assertThat(PositionNames.kindOf("Tư pháp - Hộ tịch")).isEqualTo(PositionKind.POSITION);
	}
}
