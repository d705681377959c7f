package vn.cchc.troly.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word document as the plan reader needs it, the same for .docx (POI XWPF) and the old binary
 * .doc (POI HWPF): its paragraphs and tables in order; each table cell with its text, where it
 * starts and ends across the table (grid columns for .docx, the cell's edges for .doc: either way
 * cells of one column line up), whether it continues a vertical merge from the row above, and
 * whether it is bold; each row whether Word repeats it as a header on every page.
 */
final class WordDocument {

	sealed interface Block permits Paragraph, Table {
	}

	record Paragraph(String text, boolean bold) implements Block {
	}

	record Table(List<Row> rows) implements Block {
	}

	record Row(List<Cell> cells, boolean repeatedHeader) {

		/** The text of the cells (merged ones once), for reading a row as prose. */
		List<String> texts() {
			return cells.stream().map(Cell::text).toList();
		}
	}

	/**
	 * A cell over [from, to) across its table, its paragraphs ({@code lines}) and their text on one
	 * line; {@code continued}: the lower part of a vertical merge.
	 */
	record Cell(String text, List<String> lines, int from, int to, boolean continued, boolean bold) {

		Cell(List<String> lines, int from, int to, boolean continued, boolean bold) {
			this(String.join(" ", lines), List.copyOf(lines), from, to, continued, bold);
		}
	}

	private WordDocument() {
	}

	/** Whether these bytes are an old binary Word file (an OLE2 container). */
	static boolean isBinaryWord(byte[] content) {
		return content.length > 8 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF
				&& (content[2] & 0xFF) == 0x11 && (content[3] & 0xFF) == 0xE0;
	}

	static List<Block> docx(byte[] content) throws IOException {
		try (var document = new XWPFDocument(new ByteArrayInputStream(content))) {
			var blocks = new ArrayList<Block>();
			for (var element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					blocks.add(new Paragraph(paragraph.getText(), bold(paragraph)));
				}
				else if (element instanceof XWPFTable table) {
					blocks.add(table(table));
				}
			}
			return blocks;
		}
	}

	private static Table table(XWPFTable table) {
		var rows = new ArrayList<Row>();
		for (var row : table.getRows()) {
			var cells = new ArrayList<Cell>();
			int at = 0;
			// Cells a row leaves out at its start (w:gridBefore) shift the others.
			var trPr = row.getCtRow().getTrPr();
			if (trPr != null && trPr.sizeOfGridBeforeArray() > 0 && trPr.getGridBeforeArray(0).getVal() != null) {
				at = trPr.getGridBeforeArray(0).getVal().intValue();
			}
			for (var cell : row.getTableCells()) {
				int span = span(cell);
				cells.add(new Cell(lines(cell), at, at + span, continued(cell), bold(cell)));
				at += span;
			}
			rows.add(new Row(cells, row.isRepeatHeader()));
		}
		return new Table(rows);
	}

	private static int span(XWPFTableCell cell) {
		var properties = cell.getCTTc().getTcPr();
		if (properties == null || properties.getGridSpan() == null) {
			return 1;
		}
		BigInteger value = properties.getGridSpan().getVal();
		return value == null ? 1 : Math.max(1, value.intValue());
	}

	private static boolean continued(XWPFTableCell cell) {
		var properties = cell.getCTTc().getTcPr();
		if (properties == null || properties.getVMerge() == null) {
			return false;
		}
		// <w:vMerge/> without a value continues the merge; <w:vMerge w:val="restart"/> starts one.
		var value = properties.getVMerge().getVal();
		return value == null || value == STMerge.CONTINUE;
	}

	private static List<String> lines(XWPFTableCell cell) {
		return cell.getParagraphs().stream().map(XWPFParagraph::getText).map(String::strip)
			.filter(text -> !text.isEmpty()).toList();
	}

	private static boolean bold(XWPFTableCell cell) {
		return !cell.getParagraphs().isEmpty() && cell.getParagraphs().stream()
			.filter(p -> !p.getText().isBlank()).allMatch(WordDocument::bold);
	}

	private static boolean bold(XWPFParagraph paragraph) {
		var runs = paragraph.getRuns().stream().filter(run -> run.text() != null && !run.text().isBlank()).toList();
		return !runs.isEmpty() && runs.stream().allMatch(run -> run.isBold());
	}

	/** An old binary .doc: paragraphs, and tables with their rows and cells by their edges. */
	static List<Block> doc(byte[] content) throws IOException {
		try (var document = new HWPFDocument(new ByteArrayInputStream(content))) {
			var range = document.getRange();
			var blocks = new ArrayList<Block>();
			for (int i = 0; i < range.numParagraphs(); i++) {
				var paragraph = range.getParagraph(i);
				if (paragraph.isInTable()) {
					var table = range.getTable(paragraph);
					blocks.add(table(table));
					i += table.numParagraphs() - 1;
					continue;
				}
				blocks.add(new Paragraph(clean(paragraph.text()), bold(paragraph)));
			}
			return blocks;
		}
	}

	private static Table table(org.apache.poi.hwpf.usermodel.Table table) {
		var rows = new ArrayList<Row>();
		for (int r = 0; r < table.numRows(); r++) {
			var row = table.getRow(r);
			var cells = new ArrayList<Cell>();
			for (int c = 0; c < row.numCells(); c++) {
				var cell = row.getCell(c);
				int from = cell.getLeftEdge();
				var texts = new ArrayList<String>();
				boolean bold = true;
				boolean anyText = false;
				for (int p = 0; p < cell.numParagraphs(); p++) {
					var text = clean(cell.getParagraph(p).text());
					if (!text.isEmpty()) {
						texts.add(text);
						anyText = true;
						bold &= bold(cell.getParagraph(p));
					}
				}
				boolean continued = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
				cells.add(new Cell(texts, from, from + cell.getWidth(), continued, anyText && bold));
			}
			rows.add(new Row(cells, row.isTableHeader()));
		}
		return new Table(rows);
	}

	private static boolean bold(Range paragraph) {
		boolean any = false;
		for (int i = 0; i < paragraph.numCharacterRuns(); i++) {
			var run = paragraph.getCharacterRun(i);
			if (clean(run.text()).isEmpty()) {
				continue;
			}
			any = true;
			if (!run.isBold()) {
				return false;
			}
		}
		return any;
	}

	/** Word's own marks out of a .doc text: cell and row ends, fields, page breaks. */
	private static String clean(String text) {
		return text.replaceAll("[\\u0000-\\u0008\\u000B-\\u001F\\u0007]", " ").replace('\r', ' ').replace('\n', ' ')
			.replaceAll("\\s+", " ").strip();
	}
}
