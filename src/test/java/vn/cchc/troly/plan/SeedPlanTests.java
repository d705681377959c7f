package vn.cchc.troly.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed plan (UBND xã Phổ Châu, 2024; a copy of shared/seed/000_d776ee43aba804ca.txt) read
 * field by field. Every expected value below was written from reading the document, not from
 * the parser's output. The seed holds 10 items: 1.1, 1.2, 2.1, 2.2, 3.1 to 3.5 and 4 (which has
 * no sub-number); clause 5 is a general rule.
 */
class SeedPlanTests {

	static final Path SEED = Path.of("src/test/resources/plans/pho-chau-2024.txt");

	static final String RECURRING = "Trong năm 2024 và những năm tiếp theo.";
	static final String ALL_STAFF_AND_ONE_STOP = "Cán bộ, công chức xã; Bộ phận Một cửa xã.";
	static final List<String> ALL_STAFF_AND_ONE_STOP_NAMES = List.of("Cán bộ, công chức xã", "Bộ phận Một cửa xã");

	static ParsedPlan plan;

	@BeforeAll
	static void read() throws IOException {
		plan = PlanTextParser.parse("pho-chau-2024.txt", Files.readString(SEED), null);
	}

	@Test
	void theHeaderGivesTitleNumberYearAndUnit() {
		assertThat(plan.title()).isEqualTo("Khắc phục những hạn chế trong thực hiện cải cách hành chính năm 2023");
		assertThat(plan.number()).isEqualTo("/KH-UBND");
		assertThat(plan.year()).isEqualTo(2024);
		assertThat(plan.issuedText()).isEqualTo("Phổ Châu, ngày tháng 3 năm 2024");
		assertThat(plan.issuedOn()).as("the day is blank in the document").isNull();
		assertThat(plan.unitName()).isEqualTo("UBND xã Phổ Châu");
		assertThat(plan.sourceName()).isEqualTo("pho-chau-2024.txt");
	}

	@Test
	void theSeedReadsWithoutWarnings() {
		assertThat(plan.warnings()).isEmpty();
	}

	@Test
	void fourSectionsAndClauseFiveAsARule() {
		assertThat(plan.sections()).containsExactly(
				new Plan.Section("1", "Công tác chỉ đạo, điều hành cải cách hành chính"),
				new Plan.Section("2", "Cải cách thủ tục hành chính"),
				new Plan.Section("3", "Xây dựng và phát triển chính quyền điện tử, chính quyền số"),
				new Plan.Section("4", "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội"));
		assertThat(plan.rules()).containsExactly(new Plan.Rule("5",
				"Ngoài những nội dung trên, các tiêu chí, tiêu chí thành phần khác trong bộ tiêu chí xác định Chỉ số "
						+ "cải cách hành chính, kết quả thực hiện của xã trong năm 2024 phải bằng và nâng cao hơn so với "
						+ "kết quả thực hiện trong năm 2023."));
	}

	@Test
	void tenItemsInTheDocumentsOrder() {
		assertThat(plan.items()).extracting(ParsedItem::code)
			.containsExactly("1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "3.3", "3.4", "3.5", "4");
	}

	@Test
	void item1_1() {
		assertItem(0, new ParsedItem("1.1", "1", "Sáng kiến/giải pháp mới trong công tác cải cách hành chính", 25,
				new Baseline("Trong năm 2023 không có sáng kiến giải pháp mới trong công tác cải cách hành chính.",
						BigDecimal.ZERO, BaselineBound.EXACT),
				new Target("Hàng năm có từ 01 sáng kiến/giải pháp mới trở lên.", TargetKind.COUNT, Comparator.GE,
						BigDecimal.ONE, "sáng kiến/giải pháp", true),
				"Công chức Văn hóa - xã hội.", "Văn hóa - xã hội", null,
				ALL_STAFF_AND_ONE_STOP, ALL_STAFF_AND_ONE_STOP_NAMES, new Timeframe(RECURRING, 2024, true)));
	}

	@Test
	void item1_2() {
		assertItem(1, new ParsedItem("1.2", "1", "Thực hiện các nhiệm vụ cấp trên giao", 37,
				Baseline.textOnly("Thực hiện đầy đủ, nhưng có nhiệm vụ chưa kịp thời, đạt kết quả chưa cao."),
				Target.qualitative("Thực hiện đầy đủ, kịp thời các nhiệm vụ được giao.", false),
				"Công chức Văn phòng - Thống kê.", "Văn phòng - Thống kê", null,
				ALL_STAFF_AND_ONE_STOP, ALL_STAFF_AND_ONE_STOP_NAMES, new Timeframe(RECURRING, 2024, true)));
	}

	@Test
	void item2_1() {
		assertItem(2, new ParsedItem("2.1", "2",
				"Các ý kiến, kiến nghị cải cách TTHC, kiến nghị cụ thể sửa đổi, bổ sung VBQPPL quy định TTHC", 50,
				Baseline.textOnly("Không có kiến nghị sửa đổi, bổ sung VBQPPL."),
				Target.qualitative("Rà soát các thủ tục cần kiến nghị cấp thẩm quyền sửa đổi bổ sung VBQPPL.", false),
				"Công chức Tư pháp - Hộ tịch.", "Tư pháp - Hộ tịch", null,
				ALL_STAFF_AND_ONE_STOP, ALL_STAFF_AND_ONE_STOP_NAMES, new Timeframe(RECURRING, 2024, true)));
	}

	@Test
	void item2_2() {
		assertItem(3, new ParsedItem("2.2", "2",
				"Tỷ lệ hồ sơ thủ tục hành chính do UBND xã tiếp nhận trong năm được giải quyết trước hạn, đúng hạn", 61,
				new Baseline("Đạt 95% số hồ sơ thực hiện việc tiếp nhận và giải quyết TTHC trả kết tại bộ phận Một cửa xã.",
						new BigDecimal("95"), BaselineBound.EXACT),
				new Target("Đạt trên 98% số thủ tục hành chính thực hiện tiếp nhận giải hồ sơ trước hạn tại Bộ phận một cửa.",
						TargetKind.PERCENT, Comparator.GT, new BigDecimal("98"), "%", false),
				"Công chức Văn Phòng - Thống kê phụ trách Một cửa.", "Văn Phòng - Thống kê", "phụ trách Một cửa",
				ALL_STAFF_AND_ONE_STOP, ALL_STAFF_AND_ONE_STOP_NAMES, new Timeframe(RECURRING, 2024, true)));
	}

	@Test
	void item3_1() {
		assertItem(4, new ParsedItem("3.1", "3", "Tỷ lệ hồ sơ có phát sinh dịch vụ công trực tuyến một phần", 75,
				new Baseline("Tỷ lệ hồ sơ có phát sinh dịch vụ công trực tuyến một phần chưa đạt 100%.",
						new BigDecimal("100"), BaselineBound.BELOW),
				new Target("100% dịch vụ công trực tuyến một phần có phát sinh hồ sơ.", TargetKind.PERCENT, Comparator.GE,
						new BigDecimal("100"), "%", false),
				// "Thống kê ." in the document: the stray space-dot is noise.
				"Công chức Văn phòng - Thống kê", "Văn phòng - Thống kê", null,
				ALL_STAFF_AND_ONE_STOP, ALL_STAFF_AND_ONE_STOP_NAMES, new Timeframe(RECURRING, 2024, true)));
	}

	@Test
	void item3_2() {
		assertItem(5, new ParsedItem("3.2", "3", "Tỷ lệ dịch vụ công trực tuyến toàn trình có phát sinh hồ sơ trực tuyến", 87,
				new Baseline("Tỷ lệ dịch vụ công trực tuyến toàn trình có phát sinh hồ sơ trực tuyến chưa đạt 100%.",
						new BigDecimal("100"), BaselineBound.BELOW),
				new Target("100% dịch vụ công trực tuyến toàn trình có phát sinh hồ sơ", TargetKind.PERCENT, Comparator.GE,
						new BigDecimal("100"), "%", false),
				"Công chức Văn phòng - Thống kê.", "Văn phòng - Thống kê", null,
				ALL_STAFF_AND_ONE_STOP, ALL_STAFF_AND_ONE_STOP_NAMES, new Timeframe(RECURRING, 2024, true)));
	}

	@Test
	void item3_3() {
		assertItem(6, new ParsedItem("3.3", "3", "Tỷ lệ hồ sơ trực tuyến toàn trình", 96,
				new Baseline("Tỷ lệ giải quyết hồ sơ trực tuyến toàn trình chưa đạt 100%.", new BigDecimal("100"),
						BaselineBound.BELOW),
				new Target("100% hồ sơ được giải quyết trực tuyến toàn trình.", TargetKind.PERCENT, Comparator.GE,
						new BigDecimal("100"), "%", false),
				"Công chức Văn phòng - Thống kê.", "Văn phòng - Thống kê", null,
				ALL_STAFF_AND_ONE_STOP, ALL_STAFF_AND_ONE_STOP_NAMES, new Timeframe(RECURRING, 2024, true)));
	}

	@Test
	void item3_4() {
		assertItem(7, new ParsedItem("3.4", "3", "Tỷ lệ hồ sơ thực hiện thanh toán trực tuyến", 105,
				new Baseline("Tỷ lệ thanh toán trực tuyến đạt dưới 60%.", new BigDecimal("60"), BaselineBound.BELOW),
				new Target("Trên 75% hồ sơ được thanh toán trực tuyến.", TargetKind.PERCENT, Comparator.GT,
						new BigDecimal("75"), "%", false),
				"Công chức Văn phòng - Thống kê.", "Văn phòng - Thống kê", null,
				"Cán bộ, công chức xã; Thủ quỹ- Văn thư- lưu trữ.",
				List.of("Cán bộ, công chức xã", "Thủ quỹ - Văn thư - lưu trữ"), new Timeframe(RECURRING, 2024, true)));
	}

	@Test
	void item3_5() {
		assertItem(8, new ParsedItem("3.5", "3", "Tỷ lệ thủ tục hành chính được triển khai thanh toán trực tuyến", 115,
				new Baseline("Tỷ lệ thủ tục hành chính có phát sinh giao dịch thanh toán trực tuyến chưa đạt 100%.",
						new BigDecimal("100"), BaselineBound.BELOW),
				new Target("100% thủ tục hành chính có phát sinh giao dịch thanh toán trực tuyến.", TargetKind.PERCENT,
						Comparator.GE, new BigDecimal("100"), "%", false),
				"Công chức Văn phòng - Thống kê.", "Văn phòng - Thống kê", null,
				ALL_STAFF_AND_ONE_STOP, ALL_STAFF_AND_ONE_STOP_NAMES, new Timeframe(RECURRING, 2024, true)));
	}

	@Test
	void item4HasNoSubNumber() {
		assertItem(9, new ParsedItem("4", "4", "Số lượng doanh nghiệp/hộ kinh doanh gia nhập và tái gia nhập thị trường", 127,
				Baseline.textOnly("Số lượng doanh nghiệp/hộ kinh doanh gia nhập và tái gia nhập thị trường không tăng "
						+ "so với năm trước liền kề."),
				// "Phần đầu" (for "Phấn đấu") is kept as written.
				new Target("Phần đầu tăng cao hơn so với năm trước liền kề.", TargetKind.INCREASE, Comparator.GT, null,
						null, false),
				"Công chức Tài chính - Kế toán.", "Tài chính - Kế toán", null,
				"Cán bộ, công chức xã.", List.of("Cán bộ, công chức xã"), new Timeframe(RECURRING, 2024, true)));
	}

	private static void assertItem(int index, ParsedItem expected) {
		assertThat(plan.items().get(index)).usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isEqualTo(expected);
	}
}
