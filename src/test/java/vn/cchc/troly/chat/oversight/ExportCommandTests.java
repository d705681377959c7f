package vn.cchc.troly.chat.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.cchc.troly.chat.ChatTest;
import vn.cchc.troly.people.Role;

/** /xuat (/export): the workbook arrives as a document. */
class ExportCommandTests extends ChatTest {

	@Test
	void aLeaderGetsTheWorkbookWithThePlanAndTheReports() throws Exception {
		var leader = someone("Giang", "vi");
		register(leader, "Chủ tịch UBND xã", Role.LEADER);

		var reply = replyTo(leader, "/xuat");

		assertThat(reply.kind()).isEqualTo("document");
		assertThat(reply.file().fileName()).isEqualTo("ke-hoach-cchc-2024-06-14.xlsx");
		assertThat(reply.text()).isEqualTo("📊 Kế hoạch, số liệu mới nhất và toàn bộ báo cáo, xuất lúc 14/06/2024 16:00.");
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(reply.file().bytes()))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
			assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Kế hoạch");
			assertThat(cells(workbook.getSheetAt(0).getRow(2))).containsExactly("STT", "Nội dung khắc phục",
					"Kết quả năm trước", "Chỉ tiêu khắc phục", "Số liệu mới nhất", "Trạng thái", "Tham mưu", "Phối hợp", "Hạn");
			assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Báo cáo");
			assertThat(cells(workbook.getSheetAt(1).getRow(2))).containsExactly("STT", "Thời gian", "Người cập nhật", "Mục",
					"Số liệu", "Ghi chú", "Tài liệu kiểm chứng");
			var codes = new ArrayList<String>();
			workbook.getSheetAt(0).forEach(row -> codes.add(row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue()));
			assertThat(codes).contains("1.1", "2.2", "3.5", "4");
		}
	}

	private static List<String> cells(Row row) {
		var values = new ArrayList<String>();
		row.forEach(cell -> values.add(cell.getStringCellValue()));
		return values;
	}
}
