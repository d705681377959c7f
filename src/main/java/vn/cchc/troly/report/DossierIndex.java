package vn.cchc.troly.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The dossier's index workbook, written row by row to a file (POI's streaming workbook keeps 100
 * rows in memory, whatever the number of items and files): the items with their baseline, target,
 * result and status, then every piece of evidence with the name it has in the .zip. Styled as the
 * export is, to print on A4 landscape.
 */
final class DossierIndex {

	/** A sheet: its name, title line, column headers and widths (in characters), and rows. */
	record Sheet(String name, String title, List<String> headers, List<Integer> widths, List<List<String>> rows) {
	}

	private DossierIndex() {
	}

	static void write(List<Sheet> sheets, Path file) {
		var workbook = new SXSSFWorkbook(100);
		try (var out = Files.newOutputStream(file)) {
			var styles = new WorkbookStyles(workbook);
			for (var data : sheets) {
				fill(workbook.createSheet(data.name()), data, styles);
			}
			workbook.write(out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			workbook.dispose();
			try {
				workbook.close();
			}
			catch (IOException ignored) {
				// Nothing left to release: the temporary rows were disposed of above.
			}
		}
	}

	private static void fill(org.apache.poi.ss.usermodel.Sheet sheet, Sheet data, WorkbookStyles styles) {
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
