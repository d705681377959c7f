package vn.cchc.troly.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import vn.cchc.troly.PlanFixture;
import vn.cchc.troly.RepositoryTest;
import vn.cchc.troly.plan.Target;
import vn.cchc.troly.plan.TargetKind;
import vn.cchc.troly.progress.DocumentFacts;
import vn.cchc.troly.progress.EvidenceKeeping;
import vn.cchc.troly.progress.EvidenceKind;
import vn.cchc.troly.progress.EvidenceRequest;
import vn.cchc.troly.progress.FigureOutcome;
import vn.cchc.troly.progress.ProgressManagement;
import vn.cchc.troly.progress.UndoOutcome;

@RepositoryTest
@Import(ReportTestConfiguration.class)
class ExportServiceTests {

	@Autowired ExportService export;
	@Autowired ProgressManagement progress;
	@Autowired EvidenceKeeping keeping;

	@Autowired ReportScenario scenario;

	@BeforeEach
	void givenThePlanTheWeeksReportsEvidenceAndAnUndo() {
		scenario.givenThePlanAndItsPeople()
			.givenTheWeekSoFar(null);
		keeping.keepLater(new EvidenceRequest(scenario.lan, "2.2", "file-1", "u-1", null, "image/jpeg",
				EvidenceKind.PHOTO, "Sổ theo dõi"),
				"not fetched in this test", DocumentFacts.NONE);
		scenario.figure(scenario.tam, "3.1", "45");
		assertThat(progress.undoLast(scenario.tam.officialId())).isInstanceOf(UndoOutcome.Undone.class);
	}

	@Test
	void theWorkbookOpensWithThePlansTableAndEveryReport() throws Exception {
		var file = export.workbook(Locale.forLanguageTag("vi"));

		assertThat(file.fileName()).isEqualTo("ke-hoach-cchc-2026-11-27.xlsx");
		assertThat(file.contentType()).isEqualTo(ExportFile.XLSX);
		Files.createDirectories(Path.of("target/artifacts"));
		Files.write(Path.of("target/artifacts", file.fileName()), file.content());
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
			var plan = workbook.getSheetAt(0);
			assertThat(plan.getSheetName()).isEqualTo("Kế hoạch");
			assertThat(cells(plan.getRow(2))).containsExactly("STT", "Nội dung khắc phục", "Kết quả năm trước",
					"Chỉ tiêu khắc phục", "Số liệu mới nhất", "Trạng thái", "Tham mưu", "Phối hợp", "Hạn");
			var rows = rows(plan);
			assertThat(rows).extracting(row -> row.get(0))
				.containsExactly("1", "1.1", "1.2", "2", "2.2", "3", "3.1", "3.2", "3.4", "3.5", "4");
			assertThat(row(rows, "2")).containsExactly("2", "Cải cách thủ tục hành chính", "", "", "", "", "", "", "");
			assertThat(row(rows, "2.2")).containsExactly("2.2", "Tỷ lệ hồ sơ TTHC được giải quyết trước hạn, đúng hạn",
					"Đạt 95%", "Đạt trên 98%", "97,5% (25/11/2026, Lan)", "Gần đạt",
					"Công chức Văn phòng - Thống kê phụ trách Một cửa (Lan)",
					PlanFixture.ALL_STAFF + "; " + PlanFixture.ONE_STOP, "31/12/2026");
			assertThat(row(rows, "3.1").get(5)).isEqualTo("Chưa đạt, Quá hạn");
			assertThat(row(rows, "3.1").get(8)).isEqualTo("20/11/2026");
			assertThat(row(rows, "1.2").get(4)).isEqualTo("Đã triển khai 5/6 nhiệm vụ <quý IV> & báo cáo");
			assertThat(plan.getPrintSetup().getLandscape()).isTrue();

			var reports = workbook.getSheetAt(1);
			assertThat(reports.getSheetName()).isEqualTo("Báo cáo");
			assertThat(cells(reports.getRow(2))).containsExactly("STT", "Thời gian", "Người cập nhật", "Mục", "Số liệu",
					"Ghi chú", "Tài liệu kiểm chứng");
			var lines = rows(reports);
			assertThat(lines).as("7 figures, 1 note, 1 piece of evidence; the undo row itself is not a report")
				.hasSize(9);
			assertThat(lines.get(0)).containsExactly("1", "10/11/2026 09:00", "Lan", "3.4", "50%", "", "");
			assertThat(lines).anySatisfy(line -> assertThat(line).containsExactly("5", "26/11/2026 10:00", "Tâm", "4",
					"10 (năm trước)", "", ""));
			assertThat(lines).anySatisfy(line -> assertThat(line.subList(2, 7)).containsExactly("Lan", "2.2", "", "",
					"Ảnh: Sổ theo dõi"));
			assertThat(lines).anySatisfy(line -> assertThat(line.subList(2, 6)).containsExactly("Tâm", "3.1", "45%",
					"[đã hoàn tác lúc 27/11/2026 16:00]"));
		}
	}

	@Test
	void theStatusColumnSaysWhatIsMissingAsTheSummaryAndChartDo() throws Exception {
		scenario.fixture.addItem(scenario.seed, "1.3", 3, Target.qualitative("Báo cáo đúng hạn", false),
				PlanFixture.OFFICE, PlanFixture.ALL_STAFF);
		scenario.fixture.addItem(scenario.seed, "4.1", 11,
				new Target("Tăng hơn năm trước", TargetKind.INCREASE, null, null, null, false), PlanFixture.FINANCE,
				PlanFixture.ALL_STAFF);
		scenario.figure(scenario.tam, "4.1", "7");

		var file = export.workbook(Locale.forLanguageTag("vi"));

		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
			var rows = rows(workbook.getSheetAt(0));
			assertThat(row(rows, "1.3").get(5)).as("a qualitative item without a note")
				.isEqualTo("Chưa có ghi chú, chưa cập nhật trong kỳ");
			assertThat(row(rows, "3.2").get(5)).as("no figure").isEqualTo("Chưa có số liệu, chưa cập nhật trong kỳ");
			assertThat(row(rows, "4.1").get(5)).as("a figure, nothing to compare it with")
				.isEqualTo("Gần đạt (chưa có số liệu năm trước để so sánh)");
		}
	}

	@Test
	void whoseFigureItIsAndEveryProposedFigureWithItsAnswer() throws Exception {
		scenario.at("2026-11-27T16:05");
		// Minh and Quang coordinate through "Cán bộ, công chức xã": their figures are proposals to Lan.
		var confirmed = (FigureOutcome.Proposed) progress.recordFigure(scenario.minh, "2.2", "99");
		var declined = (FigureOutcome.Proposed) progress.recordFigure(scenario.quang, "3.4", "80");
		scenario.at("2026-11-27T16:10");
		progress.confirmProposal(scenario.lan, confirmed.reportId(), null);
		progress.declineProposal(scenario.lan, declined.reportId(), null);
		progress.recordFigure(scenario.minh, "3.4", "76");

		var file = export.workbook(Locale.forLanguageTag("vi"));

		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
			var plan = rows(workbook.getSheetAt(0));
			assertThat(row(plan, "2.2").get(4)).isEqualTo("99% (27/11/2026, đề xuất của Minh, Lan xác nhận)");
			assertThat(row(plan, "3.4").subList(4, 6)).as("a declined and a pending proposal change nothing")
				.containsExactly("50% (10/11/2026, Lan)", "Chưa đạt");
			var reports = rows(workbook.getSheetAt(1));
			assertThat(reports).extracting(line -> String.join(" | ", line.subList(2, 6))).endsWith(
					"Minh | 2.2 | 99% (đề xuất) | Đề xuất; Lan xác nhận lúc 27/11/2026 16:10",
					"Quang | 3.4 | 80% (đề xuất) | Đề xuất; Lan không nhận lúc 27/11/2026 16:10",
					"Lan | 2.2 | 99% | Xác nhận đề xuất của Minh",
					"Minh | 3.4 | 76% (đề xuất) | Đề xuất, chờ người tham mưu xác nhận");
		}
	}

	@Test
	void englishHeadersAndFileName() throws Exception {
		var file = export.workbook(Locale.ENGLISH);

		assertThat(file.fileName()).isEqualTo("cchc-plan-2026-11-27.xlsx");
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
			assertThat(cells(workbook.getSheetAt(0).getRow(2))).startsWith("No.", "Remediation item");
			assertThat(row(rows(workbook.getSheetAt(0)), "2.2").get(4)).isEqualTo("97.5% (25/11/2026, Lan)");
		}
	}

	private static List<String> row(List<List<String>> rows, String code) {
		return rows.stream().filter(row -> row.get(0).equals(code)).findFirst().orElseThrow();
	}

	private static List<List<String>> rows(Sheet sheet) {
		var rows = new ArrayList<List<String>>();
		for (int r = 3; r <= sheet.getLastRowNum(); r++) {
			rows.add(cells(sheet.getRow(r)));
		}
		return rows;
	}

	private static List<String> cells(Row row) {
		var cells = new ArrayList<String>();
		for (int c = 0; c < row.getLastCellNum(); c++) {
			cells.add(row.getCell(c).getStringCellValue());
		}
		return cells;
	}
}
