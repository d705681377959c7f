package vn.cchc.troly.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
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
			var styles = new Styles(workbook);
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

	private static void fill(org.apache.poi.ss.usermodel.Sheet sheet, Sheet data, Styles styles) {
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
		print(sheet);
	}

	private static void print(org.apache.poi.ss.usermodel.Sheet sheet) {
		var print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
	}

	private static final class Styles {

		final CellStyle title;
		final CellStyle header;
		final CellStyle body;

		Styles(SXSSFWorkbook workbook) {
			var bold = workbook.createFont();
			bold.setBold(true);
			bold.setFontName("Times New Roman");
			bold.setFontHeightInPoints((short) 12);
			var big = workbook.createFont();
			big.setBold(true);
			big.setFontName("Times New Roman");
			big.setFontHeightInPoints((short) 14);
			var plain = workbook.createFont();
			plain.setFontName("Times New Roman");
			plain.setFontHeightInPoints((short) 12);

			title = workbook.createCellStyle();
			title.setFont(big);
			title.setAlignment(HorizontalAlignment.CENTER);

			header = bordered(workbook.createCellStyle());
			header.setFont(bold);
			header.setAlignment(HorizontalAlignment.CENTER);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

			body = bordered(workbook.createCellStyle());
			body.setFont(plain);
		}

		private static CellStyle bordered(CellStyle style) {
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			style.setWrapText(true);
			style.setVerticalAlignment(VerticalAlignment.TOP);
			return style;
		}
	}
}
