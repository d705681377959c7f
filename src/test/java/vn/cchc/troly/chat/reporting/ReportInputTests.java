package vn.cchc.troly.chat.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.cchc.troly.chat.reporting.ReportInput.Reading.Shape;

/**
 * How typed reports and captions are read before the progress module sees them, and what a message
 * that is not a report holds: a figure inside a sentence, a code or a number alone, parts of a long text.
 */
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

	@Test
	void aMessageIsReadAsACodeWithTextACodeAloneANumberAloneOrSomethingElse() {
		assertThat(ReportInput.read("2.2 97,5")).isEqualTo(reading(Shape.CODE_AND_TEXT, "2.2", "97,5", true));
		assertThat(ReportInput.read("2.2: 97,5%")).isEqualTo(reading(Shape.CODE_AND_TEXT, "2.2", "97,5%", true));
		assertThat(ReportInput.read("4 đã có thêm 3 hộ kinh doanh mới"))
			.isEqualTo(reading(Shape.CODE_AND_TEXT, "4", "đã có thêm 3 hộ kinh doanh mới", true));
		assertThat(ReportInput.read("mục 4 15")).as("the word for item makes it a sentence")
			.isEqualTo(reading(Shape.CODE_AND_TEXT, "4", "15", false));
		assertThat(ReportInput.read("Mục 2.2: đạt 98%")).isEqualTo(reading(Shape.CODE_AND_TEXT, "2.2", "đạt 98%", false));
		assertThat(ReportInput.read("4 = 14")).isEqualTo(reading(Shape.CODE_AND_TEXT, "4", "14", false));
		assertThat(ReportInput.read("2.2 đạt 97,5% rồi")).isEqualTo(reading(Shape.CODE_AND_TEXT, "2.2", "đạt 97,5% rồi", true));
		assertThat(ReportInput.read("2.2")).isEqualTo(reading(Shape.CODE_ALONE, "2.2", "", false));
		assertThat(ReportInput.read("mục 4")).isEqualTo(reading(Shape.CODE_ALONE, "4", "", false));
		assertThat(ReportInput.read("97,5")).isEqualTo(reading(Shape.NUMBER_ALONE, null, "97,5", false));
		assertThat(ReportInput.read("49/50")).isEqualTo(reading(Shape.NUMBER_ALONE, null, "49/50", false));
		assertThat(ReportInput.read("2024")).isEqualTo(reading(Shape.NUMBER_ALONE, null, "2024", false));
		assertThat(ReportInput.read("xin chào")).isEqualTo(reading(Shape.OTHER, null, "xin chào", false));
		assertThat(ReportInput.read("2024 ảnh hội nghị").shape()).isEqualTo(Shape.OTHER);
	}

	@Test
	void aSentenceGivesItsOneFigureWhenItSaysItIsOne() {
		var noUnit = (java.util.function.Predicate<String>) words -> false;
		var households = (java.util.function.Predicate<String>) words -> words.startsWith("hộ");
		assertThat(ReportInput.figureInSentence("đạt 97,5% rồi", noUnit)).contains("97,5%");
		assertThat(ReportInput.figureInSentence("15", noUnit)).contains("15");
		assertThat(ReportInput.figureInSentence("= 14", noUnit)).contains("14");
		assertThat(ReportInput.figureInSentence("là 49/50 hồ sơ", noUnit)).contains("49/50");
		assertThat(ReportInput.figureInSentence("có 3 hộ kinh doanh mới đăng ký", households)).contains("3");
		assertThat(ReportInput.figureInSentence("tháng 11 đạt 98%", noUnit)).as("a month is no figure").contains("98%");
	}

	@Test
	void aSentenceWithoutAClearFigureGivesNone() {
		var households = (java.util.function.Predicate<String>) words -> words.startsWith("hộ");
		assertThat(ReportInput.figureInSentence("đã có thêm 3 hộ kinh doanh mới", households)).as("a change, not the figure")
			.isEmpty();
		assertThat(ReportInput.figureInSentence("tăng 2 so với tháng trước", households)).isEmpty();
		assertThat(ReportInput.figureInSentence("đã gửi báo cáo tháng 11", households)).isEmpty();
		assertThat(ReportInput.figureInSentence("theo Quyết định số 123/QĐ-UBND ngày 12/11/2024", households)).isEmpty();
		assertThat(ReportInput.figureInSentence("đạt 97% (49/50 hồ sơ)", households)).as("two candidates").isEmpty();
		assertThat(ReportInput.figureInSentence("đã rà soát 5 thủ tục", households)).as("a number of something else")
			.isEmpty();
		assertThat(ReportInput.figureInSentence("đã gửi báo cáo", households)).isEmpty();
	}

	@Test
	void aLongTextIsCutIntoPartsAtSentenceEndsWithNoWordSplit() {
		var sentence = "Đã rà soát các thủ tục hành chính của xã và gửi báo cáo. ";
		var text = sentence.repeat(90).strip();
		var parts = ReportInput.parts(text, 1000);

		assertThat(parts).hasSize(6).allSatisfy(part -> {
			assertThat(part.length()).isLessThanOrEqualTo(1000);
			assertThat(part).endsWith("báo cáo.");
		});
		assertThat(String.join(" ", parts)).isEqualTo(text);
		var words = "chữ ".repeat(600).strip();
		assertThat(ReportInput.parts(words, 1000)).allSatisfy(part -> assertThat(part).matches("chữ( chữ)*"));
		assertThat(ReportInput.parts("ngắn", 1000)).containsExactly("ngắn");
	}

	private static ReportInput.Reading reading(Shape shape, String code, String rest, boolean strict) {
		return new ReportInput.Reading(shape, code, rest, strict);
	}
}
