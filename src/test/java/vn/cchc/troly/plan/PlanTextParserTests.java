package vn.cchc.troly.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.cchc.troly.people.PositionNames;

/** Real documents are messy: the reader takes their noise as it comes and says what it could not read. */
class PlanTextParserTests {

	/** Reads a plan; its unit is the one in the text, or "UBND xã Phổ Châu" when none is there. */
	private static ParsedPlan parse(String text) {
		var plan = PlanTextParser.parse("test.txt", text, null);
		return plan.unitName() != null ? plan : PlanTextParser.parse("test.txt", text, "UBND xã Phổ Châu");
	}

	private static final String HEADER = """
			Số: 12/KH-UBND
			Phổ Châu, ngày 15 tháng 3 năm 2024
			KẾ HOẠCH
			Khắc phục hạn chế
			II. NỘI DUNG KHẮC PHỤC
			""";

	@Test
	void bulletMixesCaseAndSpacingOfLabelsAreReadAsFields() {
		var plan = parse(HEADER + """
				1. Cải cách thủ tục hành chính:
				1.1 Tỷ lệ hồ sơ đúng hạn
				– Kết quả thực hiện năm 2023: Đạt 95% .
				• CHỈ TIÊU KHẮC PHỤC : Đạt trên 98%.
				- + Tham Mưu: Công chức Văn phòng– Thống kê .
				+ - phối hợp: Cán bộ, công chức xã; Thủ quỹ- Văn thư- lưu trữ
				*  Thời gian thực hiện:   Năm 2024
				""");

		assertThat(plan.warnings()).isEmpty();
		var item = plan.items().get(0);
		assertThat(item.code()).isEqualTo("1.1");
		assertThat(item.baseline()).isEqualTo(new Baseline("Đạt 95%", new BigDecimal("95"), BaselineBound.EXACT));
		assertThat(item.target().text()).as("a closing full stop is the writer's, kept").isEqualTo("Đạt trên 98%.");
		assertThat(item.target().comparator()).isEqualTo(Comparator.GT);
		assertThat(item.leadText()).as("a stray space-dot is noise, dropped").isEqualTo("Công chức Văn phòng– Thống kê");
		assertThat(PositionNames.matchKey(item.lead())).isEqualTo(PositionNames.matchKey("Văn Phòng - Thống kê"));
		assertThat(item.coordinating()).containsExactly("Cán bộ, công chức xã", "Thủ quỹ - Văn thư - lưu trữ");
		assertThat(item.timeframe()).isEqualTo(new Timeframe("Năm 2024", 2024, false));
	}

	@Test
	void anItemWithoutASubNumberTakesTheFirstLineAfterItsSectionHeading() {
		var plan = parse(HEADER + """
				4. Tác động của cải cách hành chính:
				Số lượng doanh nghiệp gia nhập thị trường:
				- Kết quả thực hiện năm 2023: Không tăng so với năm trước.
				- Chỉ tiêu khắc phục: Tăng cao hơn so với năm trước liền kề.
				- Tham mưu: Công chức Tài chính - Kế toán.
				- Thời gian thực hiện: Trong năm 2024 và những năm tiếp theo.
				""");

		assertThat(plan.items()).extracting(ParsedItem::code, ParsedItem::sectionCode, ParsedItem::title)
			.containsExactly(tuple("4", "4", "Số lượng doanh nghiệp gia nhập thị trường"));
		assertThat(plan.items().get(0).target().kind()).isEqualTo(TargetKind.INCREASE);
		assertThat(plan.sections()).containsExactly(new Plan.Section("4", "Tác động của cải cách hành chính"));
	}

	@Test
	void aSectionHeadingWithNoItemsIsKeptAndNamedInAWarning() {
		var plan = parse(HEADER + """
				1. Công tác chỉ đạo, điều hành:
				2. Cải cách thủ tục hành chính
				2.1. Rà soát thủ tục
				- Kết quả thực hiện năm 2023: Chưa rà soát.
				- Chỉ tiêu khắc phục: Rà soát toàn bộ thủ tục.
				- Tham mưu: Công chức Tư pháp - Hộ tịch.
				- Thời gian thực hiện: Năm 2024.
				5. Các tiêu chí khác phải bằng và cao hơn năm trước.
				III. TỔ CHỨC THỰC HIỆN
				1. Cán bộ, công chức xã nghiêm túc thực hiện.
				""");

		assertThat(plan.sections()).extracting(Plan.Section::code).containsExactly("1", "2");
		assertThat(plan.rules()).containsExactly(new Plan.Rule("5", "Các tiêu chí khác phải bằng và cao hơn năm trước."));
		assertThat(plan.warnings()).extracting(PlanWarning::line, PlanWarning::text, PlanWarning::messageKey)
			.containsExactly(tuple(6, "1. Công tác chỉ đạo, điều hành:", "plan.warning.emptySection"));
	}

	@Test
	void whatCannotBeReadBecomesAWarningNamingTheLine() {
		var plan = parse(HEADER + """
				1. Cải cách thủ tục hành chính
				1.1. Tỷ lệ hồ sơ trực tuyến
				- Kết quả thực hiện năm 2023: Đạt 40%.
				- Chỉ tiêu khắc phục: Từ 50% đến 70% hồ sơ trực tuyến.
				- Ghi chú: báo cáo hằng quý.
				Một dòng lạc giữa mục.
				- Thời gian thực hiện: Năm 2024.
				1.2. Việc không ai tham mưu
				- Kết quả thực hiện năm 2023: Chưa làm.
				- Chỉ tiêu khắc phục: Làm xong.
				- Thời gian thực hiện: Năm 2024.
				- Thời gian thực hiện: Năm 2025.
				""");

		assertThat(plan.items()).hasSize(2);
		assertThat(plan.items().get(0).target()).as("a range is kept unread, not guessed")
			.isEqualTo(new Target("Từ 50% đến 70% hồ sơ trực tuyến.", TargetKind.PERCENT, null, null, "%", false));
		assertThat(plan.items().get(0).unsure()).containsExactlyInAnyOrder(ItemField.LEAD, ItemField.TARGET);
		assertThat(plan.warnings()).extracting(PlanWarning::line, PlanWarning::messageKey, PlanWarning::text)
			.containsExactly(
					tuple(10, "plan.warning.ignoredField", "- Ghi chú: báo cáo hằng quý."),
					tuple(11, "plan.warning.strayLine", "Một dòng lạc giữa mục."),
					tuple(7, "plan.warning.missing.lead", "1.1. Tỷ lệ hồ sơ trực tuyến"),
					tuple(9, "plan.warning.targetNumbers", "- Chỉ tiêu khắc phục: Từ 50% đến 70% hồ sơ trực tuyến."),
					tuple(17, "plan.warning.duplicateField", "- Thời gian thực hiện: Năm 2025."),
					tuple(13, "plan.warning.missing.lead", "1.2. Việc không ai tham mưu"));
		assertThat(plan.items().get(1).timeframe().fromYear()).as("the first value is kept").isEqualTo(2024);
	}

	@Test
	void aRepeatedItemCodeIsSkippedWithAWarning() {
		var plan = parse(HEADER + """
				1. Mục
				1.1. Lần đầu
				- Chỉ tiêu khắc phục: 100% hồ sơ.
				- Tham mưu: Công chức Tư pháp - Hộ tịch.
				- Kết quả thực hiện năm 2023: Đạt 90%.
				- Thời gian thực hiện: Năm 2024.
				1.1. Lần hai
				- Chỉ tiêu khắc phục: 50% hồ sơ.
				""");

		assertThat(plan.items()).extracting(ParsedItem::title).containsExactly("Lần đầu");
		assertThat(plan.warnings()).extracting(PlanWarning::line, PlanWarning::messageKey, PlanWarning::arguments)
			.containsExactly(tuple(12, "plan.warning.duplicateCode", java.util.List.of("1.1", "7")));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Đạt trên 98% số hồ sơ.                      | PERCENT     | GT |   98 | %              | false
			100% hồ sơ trực tuyến.                      | PERCENT     | GE |  100 | %              | false
			Đạt 97,5% hồ sơ.                            | PERCENT     | GE | 97.5 | %              | false
			Tối thiểu 90% hồ sơ.                        | PERCENT     | GE |   90 | %              | false
			Tỷ lệ hồ sơ trễ hạn không quá 5%.           | PERCENT     | LE |    5 | %              | false
			Giảm tỷ lệ hồ sơ trễ hạn xuống còn 2%.      | PERCENT     | LE |    2 | %              | false
			Hồ sơ trễ hạn dưới 3%.                      | PERCENT     | LT |    3 | %              | false
			Hằng năm đạt 100% kế hoạch.                 | PERCENT     | GE |  100 | %              | true
			Hàng năm có từ 01 sáng kiến/giải pháp mới trở lên. | COUNT | GE | 1 | sáng kiến/giải pháp | true
			Mỗi năm tổ chức ít nhất 02 hội nghị.        | COUNT       | GE |    2 | hội nghị       | true
			Tối đa 01 đơn thư khiếu nại trong năm.      | COUNT       | LE |    1 | đơn thư khiếu nại | true
			Phấn đấu tăng cao hơn so với năm trước.     | INCREASE    | GT |      |                | false
			Thực hiện đầy đủ, kịp thời các nhiệm vụ.    | QUALITATIVE |    |      |                | false
			Hoàn thành trong năm 2024.                  | QUALITATIVE |    |      |                | false
			""")
	void targetsAreReadAsWritten(String text, TargetKind kind, Comparator comparator, BigDecimal value, String unit,
			boolean perYear) {
		var target = PlanPhrases.target(text, "1.1", warning -> {
			throw new AssertionError("no warning expected: " + String.join(" ", warning));
		});
		assertThat(target.kind()).isEqualTo(kind);
		assertThat(target.comparator()).isEqualTo(comparator);
		if (value == null) {
			assertThat(target.value()).isNull();
		}
		else {
			assertThat(target.value()).isEqualByComparingTo(value);
		}
		assertThat(target.unit()).isEqualTo(unit);
		assertThat(target.perYear()).isEqualTo(perYear);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Đạt 95% số hồ sơ.                    | PERCENT     |  95 | EXACT
			Tỷ lệ thanh toán trực tuyến đạt dưới 60%. | PERCENT |  60 | BELOW
			Tỷ lệ hồ sơ chưa đạt 100%.           | PERCENT     | 100 | BELOW
			Đạt trên 50% hồ sơ.                  | PERCENT     |  50 | ABOVE
			Trong năm 2023 không có sáng kiến.   | COUNT       |   0 | EXACT
			Có 02 sáng kiến.                     | COUNT       |   2 | EXACT
			Thực hiện đầy đủ nhưng chưa kịp thời. | QUALITATIVE |     |
			Đạt 80% kế hoạch.                    | QUALITATIVE |     |
			""")
	void baselinesAreReadAgainstTheTargetsKind(String text, TargetKind targetKind, BigDecimal value, BaselineBound bound) {
		var baseline = PlanPhrases.baseline(text, targetKind, "1.1", warning -> {
			throw new AssertionError("no warning expected");
		});
		assertThat(baseline.text()).isEqualTo(text);
		if (value == null) {
			assertThat(baseline.value()).isNull();
		}
		else {
			assertThat(baseline.value()).isEqualByComparingTo(value);
		}
		assertThat(baseline.bound()).isEqualTo(bound);
	}

	@Test
	void aDateInATimeFrameIsTheItemsDeadline() {
		var warnings = new java.util.ArrayList<String>();
		var timeframe = TimeframePhrases.timeframe("Trước ngày 30/6/2024", 2024, "2.1", warning -> warnings.add(String.join(" ", warning)));
		assertThat(timeframe).isEqualTo(new Timeframe("Trước ngày 30/6/2024", 2024, false, java.time.LocalDate.of(2024, 6, 30), null));
		assertThat(warnings).isEmpty();
	}

	@Test
	void aTimeFrameWithoutADateHasNoDeadlineAndSaysSo() {
		var warnings = new java.util.ArrayList<String>();
		var timeframe = TimeframePhrases.timeframe("Theo chỉ đạo của cấp trên", 2025, "2.1", warning -> warnings.add(String.join(" ", warning)));
		assertThat(timeframe.deadline()).isNull();
		assertThat(timeframe.deadlineOn(java.time.LocalDate.of(2025, 5, 1))).isNull();
		assertThat(warnings).containsExactly("timeframeUnread 2.1");
	}

	@Test
	void theUnitComesFromTheOperatorThenTheLetterheadThenTheText() {
		var letterhead = """
				ỦY BAN NHÂN DÂN XÃ PHỔ CHÂU
				""" + HEADER;
		assertThat(parse(letterhead).unitName()).isEqualTo("UBND xã Phổ Châu");
		assertThat(PlanTextParser.parse("t.txt", letterhead, "UBND xã Phổ Thạnh").unitName()).isEqualTo("UBND xã Phổ Thạnh");
		var inText = "Thực hiện Quyết định của UBND thị xã Đức Phổ về Chỉ số của xã Phổ Châu.\n" + HEADER;
		assertThat(parse(inText).unitName()).as("thị xã is the district").isEqualTo("UBND xã Phổ Châu");

		var none = PlanTextParser.parse("t.txt", HEADER, null);
		assertThat(none.unitName()).isNull();
		assertThat(none.warnings()).extracting(PlanWarning::messageKey).contains("plan.warning.noUnit");
	}

	@Test
	void theIssuingDayIsKeptWhenTheDocumentNamesIt() {
		var plan = parse(HEADER);
		assertThat(plan.number()).isEqualTo("12/KH-UBND");
		assertThat(plan.issuedOn()).isEqualTo(java.time.LocalDate.of(2024, 3, 15));
		assertThat(plan.year()).isEqualTo(2024);
		assertThat(plan.title()).isEqualTo("Khắc phục hạn chế");
	}

	@Test
	void decomposedUnicodeAndWindowsLineEndsReadLikeTheSeed() throws IOException {
		var seed = Files.readString(SeedPlanTests.SEED);
		var messy = Normalizer.normalize(seed, Normalizer.Form.NFD).replace("\n", "\r\n");
		var plan = PlanTextParser.parse("seed-nfd.txt", messy, null);
		var clean = PlanTextParser.parse("seed.txt", seed, null);
		assertThat(plan.warnings()).isEmpty();
		assertThat(plan.items()).isEqualTo(clean.items());
		assertThat(plan.rules()).isEqualTo(clean.rules());
	}

	@Test
	void aLetterHoldsNoItems() {
		var letter = parse("""
				ỦY BAN NHÂN DÂN XÃ PHỔ CHÂU
				Số: 35/UBND
				V/v báo cáo kết quả cải cách hành chính quý I
				Phổ Châu, ngày 02 tháng 4 năm 2024
				Kính gửi: Phòng Nội vụ thị xã Đức Phổ.
				1. Về công tác chỉ đạo: UBND xã đã ban hành kế hoạch.
				2. Về kết quả: đạt yêu cầu.
				Nơi nhận:
				- Như trên;
				- Lưu: VT.
				""");
		assertThat(letter.items()).isEmpty();
	}

	@Test
	void labelsAreReadByTheirFamilyNotAList() {
		var plan = parse("""
				UBND XÃ ĐỨC NHUẬN
				Đức Nhuận, ngày 12 tháng 1 năm 2026
				KẾ HOẠCH
				Khắc phục hạn chế năm 2025
				II. NHIỆM VỤ TRỌNG TÂM
				1. Tỷ lệ hồ sơ giải quyết đúng hạn
				+ Thực trạng năm 2025: Đạt 93%.
				+ Mục tiêu năm 2026: Không thấp hơn 98%.
				+ Đơn vị chủ trì: Công chức Văn phòng - Thống kê.
				+ Đơn vị phối hợp: Bộ phận Một cửa xã.
				+ Thời hạn hoàn thành: Quý II.
				+ Người theo dõi: Phó Chủ tịch UBND xã.
				""");

		assertThat(plan.items()).as("a numbered heading followed at once by fields is an item")
			.extracting(ParsedItem::code, ParsedItem::sectionCode, ParsedItem::title)
			.containsExactly(tuple("1", "1", "Tỷ lệ hồ sơ giải quyết đúng hạn"));
		var item = plan.items().get(0);
		assertThat(item.baseline().value()).isEqualByComparingTo("93");
		assertThat(item.target().comparator()).isEqualTo(Comparator.GE);
		assertThat(item.target().value()).isEqualByComparingTo("98");
		assertThat(item.coordinating()).containsExactly("Bộ phận Một cửa xã");
		assertThat(item.timeframe().deadline()).as("a quarter without a year is the plan's year's")
			.isEqualTo(java.time.LocalDate.of(2026, 6, 30));
		assertThat(plan.warnings()).extracting(PlanWarning::messageKey, PlanWarning::arguments)
			.containsExactly(tuple("plan.warning.unknownField", java.util.List.of("Người theo dõi")));
	}

	@Test
	void withoutAnIssuingLineTheYearOfTheTimeFramesDatesTheOthers() {
		var plan = PlanTextParser.parse("t.txt", """
				KẾ HOẠCH
				Khắc phục hạn chế
				II. NỘI DUNG
				1. Thủ tục hành chính
				1.1. Hồ sơ đúng hạn
				- Kết quả năm trước: Đạt 95%.
				- Chỉ tiêu: Trên 98%.
				- Tham mưu: Công chức Văn phòng - Thống kê.
				- Thời gian: Quý III.
				1.2. Hồ sơ trực tuyến
				- Kết quả năm trước: Đạt 30%.
				- Chỉ tiêu: Tối thiểu 50%.
				- Tham mưu: Công chức Văn phòng - Thống kê.
				- Thời gian: Năm 2025.
				""", "UBND xã Phổ Châu");

		assertThat(plan.year()).isEqualTo(2025);
		assertThat(plan.items().get(0).timeframe().deadline()).isEqualTo(java.time.LocalDate.of(2025, 9, 30));
		assertThat(plan.warnings()).extracting(PlanWarning::messageKey).containsExactly("plan.warning.yearFromTimeframe");
	}

	@Test
	void anUnsureReadingIsMarkedOnTheItemAndNamedInAWarning() {
		var plan = parse(HEADER + """
				1. Thủ tục hành chính
				1.1. Hồ sơ trễ hạn
				- Kết quả thực hiện năm 2023: Còn 3% hồ sơ trễ hạn.
				- Chỉ tiêu khắc phục: Tỷ lệ hồ sơ trễ hạn 1%.
				- Tham mưu: Công chức Văn phòng - Thống kê.
				- Thời gian thực hiện: Theo chỉ đạo của huyện.
				""");

		var item = plan.items().get(0);
		assertThat(item.target()).as("no comparator is guessed for a late-dossier rate")
			.isEqualTo(new Target("Tỷ lệ hồ sơ trễ hạn 1%.", TargetKind.PERCENT, null, BigDecimal.ONE, "%", false));
		assertThat(item.unsure()).containsExactlyInAnyOrder(ItemField.TARGET, ItemField.TIMEFRAME);
		assertThat(plan.warnings()).extracting(PlanWarning::line, PlanWarning::messageKey).containsExactly(
				tuple(9, "plan.warning.targetComparator"), tuple(11, "plan.warning.timeframeUnread"));
	}
}
