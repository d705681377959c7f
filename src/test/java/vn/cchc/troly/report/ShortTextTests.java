package vn.cchc.troly.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortTextTests {

	private static final String TITLE = "Tỷ lệ hồ sơ TTHC được giải quyết trước hạn, đúng hạn";

	@Test
	void aTitleIsCutBetweenWordsNeverInsideOne() {
		assertThat(ShortText.shorten(TITLE, 20)).isEqualTo("Tỷ lệ hồ sơ TTHC…");
		assertThat(ShortText.shorten(TITLE, 21)).as("one character short of “được…”").isEqualTo("Tỷ lệ hồ sơ TTHC…");
		assertThat(ShortText.shorten(TITLE, 22)).isEqualTo("Tỷ lệ hồ sơ TTHC được…");
	}

	@Test
	void aCommaBeforeTheEllipsisIsLeftOut() {
		assertThat(ShortText.shorten(TITLE, 48)).isEqualTo("Tỷ lệ hồ sơ TTHC được giải quyết trước hạn…");
	}

	@Test
	void whatFitsIsKeptWholeOnOneLine() {
		assertThat(ShortText.shorten("  Thực hiện   các nhiệm vụ\ncấp trên giao ", 80))
			.isEqualTo("Thực hiện các nhiệm vụ cấp trên giao");
		assertThat(ShortText.shorten(null, 10)).isEmpty();
	}

	@Test
	void onlyAWordLongerThanTheRoomIsCut() {
		assertThat(ShortText.shorten("Sáng-kiến/giải-pháp-mới trong năm", 10)).isEqualTo("Sáng-kiến…");
	}

	@Test
	void theRoomCanBeAWidthInPixels() {
		var fits = ShortText.fit(TITLE, text -> text.length() * 10 <= 200);
		assertThat(fits).isEqualTo("Tỷ lệ hồ sơ TTHC…");
	}
}
