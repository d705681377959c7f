package vn.cchc.troly.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import static vn.cchc.troly.plan.WordFixture.continued;
import static vn.cchc.troly.plan.WordFixture.mergedDown;
import static vn.cchc.troly.plan.WordFixture.row;
import static vn.cchc.troly.plan.WordFixture.spanning;

/** Other communes write the plan as a Word table: STT | Nội dung | Kết quả năm trước | Chỉ tiêu | Chủ trì/Tham mưu | Phối hợp | Thời gian. */
public class WordPlanTests {

	public static byte[] wordPlan() throws IOException {
		try (var document = new XWPFDocument(); var bytes = new ByteArrayOutputStream()) {
			var letterhead = document.createTable(1, 2);
			letterhead.getRow(0).getCell(0).setText("ỦY BAN NHÂN DÂN XÃ PHỔ THẠNH");
			letterhead.getRow(0).getCell(1).setText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
			for (var line : new String[] { "Số: 20/KH-UBND", "Phổ Thạnh, ngày 05 tháng 3 năm 2024", "KẾ HOẠCH",
					"Khắc phục hạn chế cải cách hành chính năm 2023", "II. NỘI DUNG KHẮC PHỤC" }) {
				document.createParagraph().createRun().setText(line);
			}
			String[][] rows = {
					{ "STT", "Nội dung", "Kết quả năm trước", "Chỉ tiêu", "Chủ trì/Tham mưu", "Phối hợp", "Thời gian" },
					{ "1", "Cải cách thủ tục hành chính", "", "", "", "", "" },
					{ "1.1", "Tỷ lệ hồ sơ giải quyết đúng hạn", "Đạt 95%", "Trên 98%",
							"Công chức Văn Phòng - Thống kê phụ trách Một cửa", "Cán bộ, công chức xã; Bộ phận Một cửa xã",
							"Trong năm 2024 và những năm tiếp theo" },
					{ "2", "Số lượng doanh nghiệp gia nhập thị trường", "Không tăng so với năm trước",
							"Tăng cao hơn so với năm trước liền kề", "Công chức Tài chính - Kế toán", "Cán bộ, công chức xã",
							"Năm 2024" } };
			var table = document.createTable(rows.length, rows[0].length);
			for (int r = 0; r < rows.length; r++) {
				for (int c = 0; c < rows[r].length; c++) {
					table.getRow(r).getCell(c).setText(rows[r][c]);
				}
			}
			document.createParagraph().createRun().setText("III. TỔ CHỨC THỰC HIỆN");
			document.write(bytes);
			return bytes.toByteArray();
		}
	}

	@Test
	void aWordTablePlanReadsLikeATextPlan() throws IOException {
		var plan = PlanTextParser.parse("ke-hoach.docx", PlanDocuments.read("ke-hoach.docx", wordPlan()), null);

		assertThat(plan.warnings()).isEmpty();
		assertThat(plan.unitName()).isEqualTo("UBND xã Phổ Thạnh");
		assertThat(plan.number()).isEqualTo("20/KH-UBND");
		assertThat(plan.year()).isEqualTo(2024);
		assertThat(plan.title()).isEqualTo("Khắc phục hạn chế cải cách hành chính năm 2023");
		assertThat(plan.sections()).extracting(Plan.Section::code, Plan.Section::title).containsExactly(
				tuple("1", "Cải cách thủ tục hành chính"), tuple("2", "Số lượng doanh nghiệp gia nhập thị trường"));
		assertThat(plan.items()).extracting(ParsedItem::code, ParsedItem::title).containsExactly(
				tuple("1.1", "Tỷ lệ hồ sơ giải quyết đúng hạn"), tuple("2", "Số lượng doanh nghiệp gia nhập thị trường"));

		var item = plan.items().get(0);
		assertThat(item.baseline()).isEqualTo(new Baseline("Đạt 95%", new BigDecimal("95"), BaselineBound.EXACT));
		assertThat(item.target()).isEqualTo(new Target("Trên 98%", TargetKind.PERCENT, Comparator.GT, new BigDecimal("98"), "%", false));
		assertThat(item.lead()).isEqualTo("Văn Phòng - Thống kê");
		assertThat(item.leadDuty()).isEqualTo("phụ trách Một cửa");
		assertThat(item.coordinating()).containsExactly("Cán bộ, công chức xã", "Bộ phận Một cửa xã");
		assertThat(item.timeframe()).isEqualTo(new Timeframe("Trong năm 2024 và những năm tiếp theo", 2024, true));
		assertThat(plan.items().get(1).target().kind()).isEqualTo(TargetKind.INCREASE);
	}

	/**
	 * Section rows as communes write them: a bold row merged across with its mark in the text and
	 * no full stop ("I CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"), a Roman mark in the number cell, a "1." row
	 * with lettered items "a)", "b)" under it; numbers that start again in each section.
	 */
	static byte[] sectionsAndMerges() throws IOException {
		var header = row("TT", "Nội dung", "Chỉ tiêu", "Người thực hiện", "Phối hợp", "Tiến độ", "Căn cứ pháp lý", "Ghi chú");
		return new WordFixture()
			.letterhead("UBND XÃ NGHĨA HIỆP\nSố: 07/KH-UBND", "Nghĩa Hiệp, ngày 03 tháng 01 năm 2026")
			.paragraphs("KẾ HOẠCH", "Khắc phục hạn chế cải cách hành chính năm 2025", "Căn cứ kết quả Chỉ số năm 2025;")
			.table(List.of(header,
					row(spanning("I CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 8)),
					row("1", "Ban hành kế hoạch kiểm tra", "Thực hiện đầy đủ", "Văn phòng - Thống kê",
							mergedDown("Cán bộ, công chức xã"), "Quý I/2026", "", ""),
					row("2", "Tỷ lệ nhiệm vụ hoàn thành đúng hạn", "Không thấp hơn 90%", "Văn phòng - Thống kê",
							continued(), "Hằng quý", "", ""),
					row(WordFixture.bold("II"), spanning("CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 7)),
					row("1.", "Tiếp nhận, giải quyết hồ sơ", "", "", "", "", "", ""),
					row("a)", "Hồ sơ giải quyết trễ hạn", "Không có hồ sơ trễ hạn (0%)", "Tư pháp - Hộ tịch",
							mergedDown("Bộ phận Một cửa xã"), "Thường xuyên", "Nghị định 61/2018/NĐ-CP", ""),
					header,
					row("b)", "Hồ sơ trực tuyến toàn trình", "Tối thiểu 60%", "Văn phòng - Thống kê", continued(),
							"6 tháng đầu năm 2026", "", "Kèm danh mục"),
					row("", "Thanh toán trực tuyến", "Trên 50%", "Tài chính - Kế toán", "", "Tháng 9/2026", "", "")))
			.paragraphs("III. TỔ CHỨC THỰC HIỆN")
			.bytes();
	}

	@Test
	void sectionRowsMergedCellsAndARepeatedHeaderReadAsTheCommuneMeantThem() throws IOException {
		var plan = PlanTextParser.parse("nghia-hiep.docx", PlanDocuments.read("nghia-hiep.docx", sectionsAndMerges()), null);

		assertThat(plan.unitName()).isEqualTo("UBND xã Nghĩa Hiệp");
		assertThat(plan.year()).isEqualTo(2026);
		assertThat(plan.title()).isEqualTo("Khắc phục hạn chế cải cách hành chính năm 2025");
		assertThat(plan.sections()).extracting(Plan.Section::code, Plan.Section::title).containsExactly(
				tuple("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"), tuple("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"),
				tuple("1", "Tiếp nhận, giải quyết hồ sơ"));
		assertThat(plan.items()).extracting(ParsedItem::code, ParsedItem::sectionCode, ParsedItem::title).containsExactly(
				tuple("1", "I", "Ban hành kế hoạch kiểm tra"), tuple("2", "I", "Tỷ lệ nhiệm vụ hoàn thành đúng hạn"),
				tuple("1.a", "1", "Hồ sơ giải quyết trễ hạn"), tuple("1.b", "1", "Hồ sơ trực tuyến toàn trình"),
				tuple("1.1", "1", "Thanh toán trực tuyến"));

		assertThat(plan.items().get(1).coordinating()).as("merged down from the row above").containsExactly("Cán bộ, công chức xã");
		assertThat(plan.items().get(1).target().comparator()).isEqualTo(Comparator.GE);
		assertThat(plan.items().get(1).timeframe().repeats()).isEqualTo(Repeats.QUARTER);
		var late = plan.items().get(2);
		assertThat(late.target()).isEqualTo(new Target("Không có hồ sơ trễ hạn (0%)", TargetKind.PERCENT, Comparator.LE,
				BigDecimal.ZERO, "%", false));
		assertThat(plan.items().get(3).coordinating()).as("merged down across the repeated header")
			.containsExactly("Bộ phận Một cửa xã");
		assertThat(plan.items().get(3).timeframe().deadline()).isEqualTo(LocalDate.of(2026, 6, 30));

		assertThat(plan.warnings()).extracting(PlanWarning::messageKey, PlanWarning::arguments).contains(
				tuple("plan.warning.unknownColumn", List.of("Căn cứ pháp lý")),
				tuple("plan.warning.ignoredColumn", List.of("Ghi chú")),
				tuple("plan.warning.unnumberedRow", List.of("1.1")));
		var unnumbered = plan.warnings().stream().filter(w -> w.messageKey().equals("plan.warning.unnumberedRow"))
			.findFirst().orElseThrow();
		assertThat(unnumbered.place()).as("the row a reader finds it at").isEqualTo(PlanWarning.Place.row(2, 10));
		assertThat(plan.warnings()).extracting(PlanWarning::messageKey).as("the letterhead is the header, not a warning")
			.doesNotContain("plan.warning.outsideSection", "plan.warning.strayLine");
		// Every item lacks a baseline column: said, item by item.
		assertThat(plan.warnings()).filteredOn(w -> w.messageKey().equals("plan.warning.missing.baseline")).hasSize(5);
	}

	@Test
	void numbersThatStartAgainInEachSectionAreToldApartByTheSection() throws IOException {
		var bytes = new WordFixture()
			.paragraphs("ỦY BAN NHÂN DÂN XÃ ĐỨC LÂN", "Đức Lân, ngày 10 tháng 2 năm 2025", "KẾ HOẠCH", "Khắc phục hạn chế")
			.table(List.of(row("STT", "Nội dung công việc", "Hiện trạng", "Mục tiêu năm 2025", "Cơ quan chủ trì", "Thời hạn hoàn thành"),
					row("I", "CHỈ ĐẠO, ĐIỀU HÀNH", "", "", "", ""),
					row("1", "Sáng kiến cải cách hành chính", "Không có", "Từ 01 sáng kiến trở lên", "Văn hóa - Xã hội", "Năm 2025"),
					row("II", "THỦ TỤC HÀNH CHÍNH", "", "", "", ""),
					row("1", "Hồ sơ đúng hạn", "Đạt 96%", "Trên 98%", "Văn phòng - Thống kê", "Quý IV/2025")))
			.bytes();
		var plan = PlanTextParser.parse("duc-lan.docx", PlanDocuments.read("duc-lan.docx", bytes), null);

		assertThat(plan.items()).extracting(ParsedItem::code, ParsedItem::sectionCode).containsExactly(
				tuple("I.1", "I"), tuple("II.1", "II"));
		assertThat(plan.items().get(0).baseline().value()).isEqualByComparingTo("0");
		assertThat(plan.items().get(1).timeframe().deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
	}

	@Test
	void aColumnHeadedInPercentHoldsPercentages() throws IOException {
		var bytes = new WordFixture()
			.paragraphs("UBND XÃ BÌNH CHÂU", "Bình Châu, ngày 6 tháng 2 năm 2025", "KẾ HOẠCH", "Khắc phục hạn chế")
			.table(List.of(row("TT", "Tên chỉ tiêu", "Kết quả năm 2024 (%)", "Chỉ tiêu năm 2025 (%)", "Cơ quan, đơn vị chủ trì",
					"Thời gian"),
					row("1", "Hồ sơ trực tuyến", "37,5", "Không thấp hơn 60", "Văn phòng - Thống kê", "Quý II/2025"),
					row("2", "Số hóa hồ sơ", "Chưa đạt 50", "Ít nhất 80% hồ sơ", "Tư pháp - Hộ tịch", "Năm 2025")))
			.bytes();
		var plan = PlanTextParser.parse("binh-chau.docx", PlanDocuments.read("binh-chau.docx", bytes), null);

		assertThat(plan.items()).extracting(i -> i.target().kind(), i -> i.target().comparator(),
				i -> i.target().value().toPlainString(), i -> i.baseline().value().toPlainString(), i -> i.baseline().bound())
			.containsExactly(tuple(TargetKind.PERCENT, Comparator.GE, "60", "37.5", BaselineBound.EXACT),
					tuple(TargetKind.PERCENT, Comparator.GE, "80", "50", BaselineBound.BELOW));
		assertThat(plan.items().get(0).target().text()).as("kept as written").isEqualTo("Không thấp hơn 60");
	}

	/**
	 * An old binary Word file (.doc): HWPF cannot write one, so src/test/resources/plans/nghia-hiep.doc
	 * was made once from {@link #sectionsAndMerges()} with LibreOffice (see the README there); it
	 * reads as the .docx does, vertical merges and section rows included.
	 */
	@Test
	void anOldBinaryWordFileReadsLikeItsDocx() throws IOException {
		var doc = Files.readAllBytes(Path.of("src/test/resources/plans/nghia-hiep.doc"));
		var fromDoc = PlanTextParser.parse("nghia-hiep.doc", PlanDocuments.read("nghia-hiep.doc", doc), null);
		var fromDocx = PlanTextParser.parse("nghia-hiep.docx", PlanDocuments.read("nghia-hiep.docx", sectionsAndMerges()), null);

		assertThat(fromDoc.unitName()).isEqualTo("UBND xã Nghĩa Hiệp");
		assertThat(fromDoc.title()).isEqualTo(fromDocx.title());
		assertThat(fromDoc.sections()).isEqualTo(fromDocx.sections());
		assertThat(fromDoc.items()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("place", "line")
			.isEqualTo(fromDocx.items());
	}

	/**
	 * Writes the .docx the .doc fixture is converted from (see src/test/resources/plans/README.md):
	 * not a test, a tool to remake the fixture when {@link #sectionsAndMerges()} changes.
	 */
	public static void main(String[] args) throws IOException {
		Files.write(Path.of(args.length > 0 ? args[0] : "nghia-hiep.docx"), sectionsAndMerges());
	}
}
