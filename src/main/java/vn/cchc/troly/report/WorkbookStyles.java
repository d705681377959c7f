package vn.cchc.troly.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * How the workbooks the commune prints look (the export, the dossier's index): Times New Roman as in
 * its own documents, a bold centred title, grey bordered headers, wrapped bordered cells, A4 landscape
 * one page wide.
 */
final class WorkbookStyles {

	final CellStyle title;
	final CellStyle header;
	final CellStyle body;

	WorkbookStyles(Workbook workbook) {
		var bold = font(workbook, true, 12);
		var big = font(workbook, true, 14);
		var plain = font(workbook, false, 12);

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

	/** A4 landscape, every column on one page wide, as many pages long as it takes. */
	static void printOnA4(Sheet sheet) {
		var print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
	}

	private static Font font(Workbook workbook, boolean bold, int points) {
		var font = workbook.createFont();
		font.setBold(bold);
		font.setFontName("Times New Roman");
		font.setFontHeightInPoints((short) points);
		return font;
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
