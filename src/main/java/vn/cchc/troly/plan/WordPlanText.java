package vn.cchc.troly.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import vn.cchc.troly.people.PositionNames;

/**
 * Turns a Word (.docx) plan into the text form {@link PlanTextParser} reads, so that both are read
 * by the same rules. Paragraphs become lines (a table without a plan header, such as a
 * letterhead, gives its cells' paragraphs as lines). The plan table is the one whose header row
 * names "Chỉ tiêu" and "Tham mưu" or "Chủ trì" (STT | Nội dung | Kết quả năm trước | Chỉ tiêu |
 * Chủ trì/Tham mưu | Phối hợp | Thời gian; columns are found by their header, in any order). Its
 * rows become:
 * <ul>
 * <li>STT "1.1": the item heading "1.1. Nội dung" and one field line per filled column;
 * <li>STT "2" with no field filled: the section heading "2. Nội dung";
 * <li>STT "4" with fields: an item without a sub-number, "4. Nội dung" then "Nội dung" as its title;
 * <li>any other row (blank or Roman STT) as "STT Nội dung", which the parser then warns about.
 * </ul>
 * Line numbers in warnings count lines of this text form (one per paragraph, one per heading or
 * field of a row); each warning also quotes the line.
 */
final class WordPlanText {

	private static final Pattern ITEM_NUMBER = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.?");
	private static final Pattern SECTION_NUMBER = Pattern.compile("\\d{1,2}\\.?");

	private enum Column {
		NUMBER("STT"), CONTENT(null), BASELINE("Kết quả thực hiện năm trước"), TARGET("Chỉ tiêu khắc phục"),
		LEAD("Tham mưu"), COORDINATING("Phối hợp"), TIMEFRAME("Thời gian thực hiện");

		final String label;

		Column(String label) {
			this.label = label;
		}
	}

	private WordPlanText() {
	}

	/** Whether these bytes are a .docx: a zip holding word/document.xml. */
	static boolean isWordDocument(byte[] content) {
		try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals("word/document.xml")) {
					return true;
				}
			}
			return false;
		}
		catch (IOException e) {
			return false;
		}
	}

	static String text(String sourceName, byte[] content) {
		try (var document = new XWPFDocument(new ByteArrayInputStream(content))) {
			var lines = new ArrayList<String>();
			for (var element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					lines.add(paragraph.getText());
				}
				else if (element instanceof XWPFTable table) {
					table(table, lines);
				}
			}
			return String.join("\n", lines);
		}
		catch (IOException | RuntimeException e) {
			throw new PlanRejectedException("unreadable", sourceName, String.valueOf(e.getMessage()));
		}
	}

	private static void table(XWPFTable table, List<String> lines) {
		var rows = table.getRows();
		int headerRow = -1;
		Map<Column, Integer> columns = null;
		for (int r = 0; r < rows.size() && columns == null; r++) {
			columns = columns(rows.get(r));
			headerRow = r;
		}
		if (columns == null) {
			for (var row : rows) {
				for (var cell : row.getTableCells()) {
					cell.getParagraphs().forEach(paragraph -> lines.add(paragraph.getText()));
				}
			}
			return;
		}
		for (int r = headerRow + 1; r < rows.size(); r++) {
			row(rows.get(r), columns, lines);
		}
	}

	/** The plan columns named by this row, or null when it is not a plan table's header. */
	private static Map<Column, Integer> columns(XWPFTableRow row) {
		var found = new EnumMap<Column, Integer>(Column.class);
		var cells = row.getTableCells();
		for (int c = 0; c < cells.size(); c++) {
			var key = PositionNames.matchKey(cellText(cells.get(c)));
			if (key.equals("stt") || key.equals("tt") || key.startsWith("số tt")) {
				found.putIfAbsent(Column.NUMBER, c);
			}
			else if (key.startsWith("kết quả")) {
				found.putIfAbsent(Column.BASELINE, c);
			}
			else if (key.startsWith("chỉ tiêu")) {
				found.putIfAbsent(Column.TARGET, c);
			}
			else if (key.contains("chủ trì") || key.contains("tham mưu")) {
				found.putIfAbsent(Column.LEAD, c);
			}
			else if (key.contains("phối hợp")) {
				found.putIfAbsent(Column.COORDINATING, c);
			}
			else if (key.startsWith("thời gian") || key.startsWith("thời hạn")) {
				found.putIfAbsent(Column.TIMEFRAME, c);
			}
			else if (key.startsWith("nội dung") || key.startsWith("tên") || key.contains("nhiệm vụ")) {
				found.putIfAbsent(Column.CONTENT, c);
			}
		}
		boolean plan = found.containsKey(Column.TARGET) && found.containsKey(Column.LEAD)
				&& found.containsKey(Column.CONTENT);
		return plan ? found : null;
	}

	private static void row(XWPFTableRow row, Map<Column, Integer> columns, List<String> lines) {
		var cells = row.getTableCells();
		var number = cell(cells, columns.get(Column.NUMBER));
		var content = cell(cells, columns.get(Column.CONTENT));
		var fields = new ArrayList<String>();
		for (var column : List.of(Column.BASELINE, Column.TARGET, Column.LEAD, Column.COORDINATING, Column.TIMEFRAME)) {
			var value = cell(cells, columns.get(column));
			if (!value.isBlank()) {
				fields.add("- " + column.label + ": " + value);
			}
		}
		var code = number.endsWith(".") ? number.substring(0, number.length() - 1) : number;
		if (ITEM_NUMBER.matcher(number).matches()) {
			lines.add(code + ". " + content);
			lines.addAll(fields);
		}
		else if (SECTION_NUMBER.matcher(number).matches() && fields.isEmpty()) {
			lines.add(code + ". " + content);
		}
		else if (SECTION_NUMBER.matcher(number).matches()) {
			lines.add(code + ". " + content);
			lines.add(content);
			lines.addAll(fields);
		}
		else {
			lines.add((number + " " + content).strip());
			lines.addAll(fields);
		}
	}

	private static String cell(List<XWPFTableCell> cells, Integer column) {
		return column == null || column >= cells.size() ? "" : cellText(cells.get(column));
	}

	/** A cell's paragraphs on one line. */
	private static String cellText(XWPFTableCell cell) {
		return cell.getParagraphs().stream().map(XWPFParagraph::getText).map(String::strip)
			.filter(text -> !text.isEmpty()).collect(Collectors.joining(" "));
	}
}
