package vn.cchc.troly.chat.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How typed reports and captions are read before the progress module sees them. */
class ReportInputTests {

	@Test
	void aPlainFigureIsAnItemCodeThenTheFigure() {
		assertThat(ReportInput.codeThenRest("2.2 97,5%")).contains(new ReportInput.CodeAndRest("2.2", "97,5%"));
		assertThat(ReportInput.codeThenRest(" 2.2: 97,5 ")).contains(new ReportInput.CodeAndRest("2.2", "97,5"));
		assertThat(ReportInput.codeThenRest("2.2.  49/50")).contains(new ReportInput.CodeAndRest("2.2", "49/50"));
		assertThat(ReportInput.codeThenRest("4 12")).contains(new ReportInput.CodeAndRest("4", "12"));
		assertThat(ReportInput.codeThenRest("97,5")).isEmpty();
		assertThat(ReportInput.codeThenRest("97.5")).isEmpty();
		assertThat(ReportInput.codeThenRest("xin chào 2.2 97")).isEmpty();
	}

	@Test
	void onlyTextStartingWithADigitOrAMinusLooksLikeAFigure() {
		assertThat(ReportInput.looksLikeFigure("97,5%")).isTrue();
		assertThat(ReportInput.looksLikeFigure("-3")).isTrue();
		assertThat(ReportInput.looksLikeFigure("đã gửi báo cáo")).isFalse();
	}

	@Test
	void theCommandArgumentIsSplitAfterTheCode() {
		assertThat(ReportInput.argument("2.2 97,5")).isEqualTo(new ReportInput.CodeAndRest("2.2", "97,5"));
		assertThat(ReportInput.argument("2.2: Đã rà soát")).isEqualTo(new ReportInput.CodeAndRest("2.2", "Đã rà soát"));
		assertThat(ReportInput.argument("2.2")).isEqualTo(new ReportInput.CodeAndRest("2.2", ""));
	}

	@Test
	void aTagAtTheEndMarksANoteDoneOrAFigureLastYears() {
		assertThat(ReportInput.note("Đã nộp báo cáo #xong")).isEqualTo(new ReportInput.Note("Đã nộp báo cáo", true));
		assertThat(ReportInput.note("Sent it #DONE ")).isEqualTo(new ReportInput.Note("Sent it", true));
		assertThat(ReportInput.note("#xong là việc của tuần sau")).isEqualTo(
				new ReportInput.Note("#xong là việc của tuần sau", false));
		assertThat(ReportInput.figure("12 #namtruoc")).isEqualTo(new ReportInput.FigureText("12", true));
		assertThat(ReportInput.figure("12")).isEqualTo(new ReportInput.FigureText("12", false));
	}

	@Test
	void aCaptionNamesAnItemByItsCodeFirst() {
		assertThat(ReportInput.captionCode("2.2")).contains("2.2");
		assertThat(ReportInput.captionCode("2.2 biên bản tháng 11")).contains("2.2");
		assertThat(ReportInput.captionCode("Mục 3.4: ảnh chụp màn hình")).contains("3.4");
		assertThat(ReportInput.captionCode("2024 ảnh hội nghị")).isEmpty();
		assertThat(ReportInput.captionCode("minh chứng 2.2")).isEmpty();
		assertThat(ReportInput.captionCode(null)).isEmpty();
	}
}
