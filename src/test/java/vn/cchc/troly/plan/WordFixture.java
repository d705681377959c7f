package vn.cchc.troly.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Builds Word plans the way communes write them, for tests: a letterhead table, paragraphs, and a
 * plan table whose cells may span columns (a section row merged across), be merged down ("Phối
 * hợp" for a whole section), be bold, and whose header row Word repeats on each page. The chat's
 * import tests send such plans as files.
 */
public final class WordFixture {

	/** A cell: its text, how many columns it spans, whether it starts or continues a merge down, bold. */
	public record Cell(String text, int span, Merge merge, boolean bold) {
	}

	public enum Merge {
		NONE, START, CONTINUE
	}

	public static Cell cell(String text) {
		return new Cell(text, 1, Merge.NONE, false);
	}

	public static Cell spanning(String text, int span) {
		return new Cell(text, span, Merge.NONE, true);
	}

	public static Cell mergedDown(String text) {
		return new Cell(text, 1, Merge.START, false);
	}

	public static Cell continued() {
		return new Cell("", 1, Merge.CONTINUE, false);
	}

	public static Cell bold(String text) {
		return new Cell(text, 1, Merge.NONE, true);
	}

	private final XWPFDocument document = new XWPFDocument();

	public WordFixture letterhead(String left, String right) {
		var table = document.createTable(1, 2);
		fill(table.getRow(0).getCell(0), left, false);
		fill(table.getRow(0).getCell(1), right, false);
		return this;
	}

	public WordFixture paragraphs(String... lines) {
		for (var line : lines) {
			document.createParagraph().createRun().setText(line);
		}
		return this;
	}

	/** A table: the first row is its header (repeated on each page), each row a list of cells. */
	public WordFixture table(List<List<Cell>> rows) {
		int columns = rows.get(0).stream().mapToInt(Cell::span).sum();
		var table = document.createTable(rows.size(), columns);
		for (int r = 0; r < rows.size(); r++) {
			var row = table.getRow(r);
			if (r == 0) {
				row.setRepeatHeader(true);
			}
			var cells = rows.get(r);
			// Drop the cells a spanning cell takes the place of.
			int extra = cells.stream().mapToInt(c -> c.span() - 1).sum();
			for (int i = 0; i < extra; i++) {
				row.removeCell(row.getTableCells().size() - 1);
			}
			for (int c = 0; c < cells.size(); c++) {
				var spec = cells.get(c);
				var cell = row.getCell(c);
				fill(cell, spec.text(), spec.bold());
				var properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
				if (spec.span() > 1) {
					properties.addNewGridSpan().setVal(BigInteger.valueOf(spec.span()));
				}
				if (spec.merge() == Merge.START) {
					properties.addNewVMerge().setVal(STMerge.RESTART);
				}
				else if (spec.merge() == Merge.CONTINUE) {
					properties.addNewVMerge();
				}
			}
		}
		return this;
	}

	public byte[] bytes() throws IOException {
		try (document; var bytes = new ByteArrayOutputStream()) {
			document.write(bytes);
			return bytes.toByteArray();
		}
	}

	private static void fill(XWPFTableCell cell, String text, boolean bold) {
		var lines = text.split("\n");
		var paragraph = cell.getParagraphs().get(0);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				paragraph = cell.addParagraph();
			}
			var run = paragraph.createRun();
			run.setText(lines[i]);
			run.setBold(bold);
		}
	}

	public static List<Cell> row(Object... cells) {
		var row = new ArrayList<Cell>();
		for (var cell : cells) {
			row.add(cell instanceof Cell c ? c : cell(String.valueOf(cell)));
		}
		return row;
	}
}
