package vn.cchc.troly.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the export: a sheet shaped like the plan's own table and a sheet with every report,
 * laid out to print on A4 landscape with the header row repeated on each page.
 */
final class ExportWorkbook {

	/** A sheet: its name, title line, column headers and widths (in characters), and rows. */
	record SheetData(String name, String title, List<String> headers, List<Integer> widths, List<List<String>> rows) {
	}

	private ExportWorkbook() {
	}

	static byte[] write(List<SheetData> sheets) {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var styles = new WorkbookStyles(workbook);
			for (var data : sheets) {
				fill(workbook.createSheet(data.name()), data, styles);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Title, header row (repeated on each printed page), then the rows, every cell bordered. */
	static void fill(Sheet sheet, SheetData data, WorkbookStyles styles) {
		var titleRow = sheet.createRow(0);
		var title = titleRow.createCell(0);
		title.setCellValue(data.title());
		title.setCellStyle(styles.title);
		titleRow.setHeightInPoints(24);
		if (data.headers().size() > 1) {
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, data.headers().size() - 1));
		}
		var header = sheet.createRow(2);
		for (int c = 0; c < data.headers().size(); c++) {
			var cell = header.createCell(c);
			cell.setCellValue(data.headers().get(c));
			cell.setCellStyle(styles.header);
			sheet.setColumnWidth(c, Math.min(255, data.widths().get(c)) * 256);
		}
		for (int r = 0; r < data.rows().size(); r++) {
			var row = sheet.createRow(3 + r);
			var values = data.rows().get(r);
			for (int c = 0; c < values.size(); c++) {
				var cell = row.createCell(c);
				cell.setCellValue(values.get(c) == null ? "" : values.get(c));
				cell.setCellStyle(styles.body);
			}
		}
		sheet.createFreezePane(0, 3);
		sheet.setRepeatingRows(new CellRangeAddress(2, 2, 0, data.headers().size() - 1));
		WorkbookStyles.printOnA4(sheet);
	}
}
