package vn.cchc.troly.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

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
		var text = PlanDocuments.text("ke-hoach.docx", wordPlan());
		var plan = PlanTextParser.parse("ke-hoach.docx", text, null);

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
}
