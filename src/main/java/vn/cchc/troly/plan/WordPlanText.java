package vn.cchc.troly.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;

/**
 * Turns a Word plan (.docx or the old binary .doc, through {@link WordDocument}) into the lines
 * {@link PlanTextParser} reads, so that both kinds are read by the same rules.
 * <ul>
 * <li>The <b>plan table</b> is one whose header row names the content ("Nội dung (nhiệm vụ)") and at
 * least two fields by their label families ({@link PlanLabels}: "Chỉ tiêu phấn đấu", "Đơn vị chủ
 * trì", "Thời gian hoàn thành"…), in any order. "Sản phẩm", "Ghi chú" and the like are known and not
 * read; any other column is named in a warning. Several plan tables (one per section) are read as one.
 * <li>Paragraphs and other tables (the letterhead) before the first plan table are the plan's
 * header (unit, number, date, title); what follows the last one (III. TỔ CHỨC THỰC HIỆN) is not
 * content. Paragraphs between plan tables are read as text (a section heading there is a section).
 * <li>A row that repeats the header (on each page), or numbers the columns ("(1) (2) (3)…"), is
 * skipped.
 * <li>A row with no field filled is a <b>section</b>: its mark as written ("I", "II", "1", "A") is
 * the number cell's, or the start of its text ("I CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH" in a row merged
 * across); the rest is its title. A row numbered like an item ("1.1") stays an item, with warnings.
 * <li>A row with fields is an <b>item</b>: its code is the number cell's ("1", "1.1"; a letter
 * "a)" under section 2 is "2.a"). When plain numbers start again in each section ("I 1 2, II 1
 * 2"), each is prefixed with its section's mark ("II.1"). A row without a number gets the section
 * mark and its place in the section, with a warning.
 * <li>A cell merged down several rows ("Phối hợp" for a whole section) counts for each of them.
 * <li>A column headed "(%)" holds percentages: "Chỉ tiêu năm 2025 (%)" over "Trên 98" is "Trên 98%".
 * </ul>
 * Each line keeps its place: "bảng 2, hàng 5" or "đoạn 3", which warnings show.
 */
final class WordPlanText {

	private static final Pattern ITEM_NUMBER = Pattern.compile("\\d{1,2}(?:\\.\\d{1,2})+");
	private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d{1,2}");
	private static final Pattern LETTER = Pattern.compile("[a-zđ]");
	private static final Pattern ROMAN = Pattern.compile("(?i)(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)");
	private static final Pattern CAPITAL = Pattern.compile("[A-Z]");
	/** A section's mark at the start of a merged row's text: "I CÔNG TÁC …", "II. CẢI CÁCH …", "A - …". */
	private static final Pattern MARK_IN_TEXT = Pattern.compile(
			"^((?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)|[A-Z]|\\d{1,2})\\s*[.):\\-–]?\\s+(\\p{L}.*)$");
	private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(?\\d{1,2}\\)?");
	private static final Pattern HEADING = Pattern.compile(
			"^((?:I|II|III|IV|V|VI|VII|VIII|IX|X)|\\d{1,2})\\s*[.)\\-–]\\s*(\\p{L}.*)$");

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

	/** The lines of a .docx ({@code binary} false) or .doc file. */
	static PlanLine.Source read(String sourceName, byte[] content, boolean binary) {
		List<WordDocument.Block> blocks;
		try {
			blocks = binary ? WordDocument.doc(content) : WordDocument.docx(content);
		}
		catch (IOException | RuntimeException e) {
			throw new PlanRejectedException("unreadable", sourceName, String.valueOf(e.getMessage()));
		}
		return new WordPlanText.Reader().read(blocks);
	}

	private static final class Reader {

		private final List<PlanLine> lines = new ArrayList<>();
		private final List<PlanWarning> warnings = new ArrayList<>();
		private int contentFrom = -1;
		private int contentTo = -1;
		private int paragraphs;
		private int tables;
		/** The plan table's columns, kept for tables that follow without a header of their own. */
		private Map<PlanLabels.Label, Column> columns;

		PlanLine.Source read(List<WordDocument.Block> blocks) {
			var pending = new ArrayList<PlanLine>();
			for (var block : blocks) {
				if (block instanceof WordDocument.Paragraph paragraph) {
					paragraphs++;
					var place = PlanWarning.Place.paragraph(paragraphs);
					var text = paragraph.text().strip();
					var heading = HEADING.matcher(text);
					if (contentFrom >= 0 && heading.matches()) {
						pending.add(PlanLine.section(heading.group(1), heading.group(2), place));
					}
					else {
						pending.add(PlanLine.text(text, place));
					}
				}
				else if (block instanceof WordDocument.Table table) {
					tables++;
					var tableLines = table(table);
					if (tableLines == null) {
						// Not a plan table (a letterhead): its cells are lines like paragraphs.
						for (int r = 0; r < table.rows().size(); r++) {
							for (var cell : table.rows().get(r).cells()) {
								for (var text : cell.lines()) {
									pending.add(PlanLine.text(text, PlanWarning.Place.row(tables, r + 1)));
								}
							}
						}
						continue;
					}
					if (contentFrom < 0) {
						lines.addAll(pending);
						contentFrom = lines.size();
					}
					else {
						lines.addAll(pending);
					}
					pending.clear();
					lines.addAll(tableLines);
					contentTo = lines.size();
				}
			}
			lines.addAll(pending);
			return new PlanLine.Source(lines, contentFrom, contentTo, warnings);
		}

		/** A column of the plan table: where it lies across the table, and its header as written. */
		private record Column(int from, int to, String header) {
		}

		/** A row as read: its cells by column (merged-down cells filled in), its place. */
		private record RowValues(Map<PlanLabels.Label, String> values, String wholeText, boolean bold,
				PlanWarning.Place place) {

			String get(PlanLabels.Label label) {
				return values.getOrDefault(label, "");
			}

			boolean hasFields() {
				return values.entrySet().stream()
					.anyMatch(e -> e.getKey().field != null && !e.getValue().isBlank());
			}
		}

		private List<PlanLine> table(WordDocument.Table table) {
			var rows = table.rows();
			int headerRow = -1;
			for (int r = 0; r < Math.min(rows.size(), 6) && headerRow < 0; r++) {
				var found = columns(rows.get(r), true);
				if (found != null) {
					columns = found;
					headerRow = r;
				}
			}
			if (headerRow < 0 && (columns == null || !fits(rows))) {
				return null;
			}
			var read = new ArrayList<RowValues>();
			var mergedDown = new HashMap<PlanLabels.Label, String>();
			for (int r = headerRow + 1; r < rows.size(); r++) {
				var row = rows.get(r);
				if (row.repeatedHeader() && r <= headerRow + 1 || columns(row, false) != null || numbersColumns(row)) {
					continue;
				}
				read.add(values(row, mergedDown, PlanWarning.Place.row(tables, r + 1)));
			}
			return lines(read);
		}

		/** Whether a table without a header of its own has the plan table's shape (a continuation). */
		private boolean fits(List<WordDocument.Row> rows) {
			int last = columns.values().stream().mapToInt(Column::to).max().orElse(0);
			return !rows.isEmpty() && rows.stream().allMatch(row -> row.cells().isEmpty()
					|| row.cells().get(row.cells().size() - 1).to() == last);
		}

		/**
		 * The plan columns a header row names, or null when it is not a plan table's header. When
		 * {@code report}, a column the importer does not read is named in a warning.
		 */
		private Map<PlanLabels.Label, Column> columns(WordDocument.Row row, boolean report) {
			var found = new EnumMap<PlanLabels.Label, Column>(PlanLabels.Label.class);
			var unknown = new ArrayList<String>();
			var ignored = new ArrayList<String>();
			for (var cell : row.cells()) {
				if (cell.text().isBlank()) {
					continue;
				}
				var label = PlanLabels.of(cell.text());
				if (label == null) {
					unknown.add(cell.text());
				}
				else if (label == PlanLabels.Label.IGNORED) {
					ignored.add(cell.text());
				}
				else {
					found.putIfAbsent(label, new Column(cell.from(), cell.to(), cell.text()));
				}
			}
			long fields = found.keySet().stream().filter(label -> label.field != null).count();
			if (!found.containsKey(PlanLabels.Label.CONTENT) || fields < 2) {
				return null;
			}
			if (report) {
				unknown.forEach(name -> warnings.add(PlanWarning.document("unknownColumn", name)));
				ignored.forEach(name -> warnings.add(PlanWarning.document("ignoredColumn", name)));
			}
			return found;
		}

		/** A row numbering the columns, "(1) (2) (3) …" or "1 2 3 …", under the header. */
		private static boolean numbersColumns(WordDocument.Row row) {
			var texts = row.texts().stream().filter(text -> !text.isBlank()).toList();
			return texts.size() >= 3 && texts.stream().allMatch(text -> COLUMN_NUMBER.matcher(text).matches());
		}

		private RowValues values(WordDocument.Row row, Map<PlanLabels.Label, String> mergedDown,
				PlanWarning.Place place) {
			var values = new EnumMap<PlanLabels.Label, String>(PlanLabels.Label.class);
			var taken = new ArrayList<WordDocument.Cell>();
			for (var entry : columns.entrySet()) {
				var column = entry.getValue();
				WordDocument.Cell cell = null;
				for (var candidate : row.cells()) {
					if (candidate.from() <= column.from() && column.from() < candidate.to()) {
						cell = candidate;
						break;
					}
				}
				String value = "";
				if (cell != null && cell.continued() && entry.getKey().field != null) {
					// The lower part of a cell merged down: the value of its first row.
					value = mergedDown.getOrDefault(entry.getKey(), "");
				}
				else if (cell != null && !taken.contains(cell)) {
					// A cell across several columns (a section row) counts once, for its first column.
					value = cell.text();
					taken.add(cell);
					mergedDown.put(entry.getKey(), value);
				}
				values.put(entry.getKey(), value.strip());
			}
			var whole = String.join(" ", row.texts().stream().filter(t -> !t.isBlank()).toList()).strip();
			boolean bold = row.cells().stream().filter(c -> !c.text().isBlank()).allMatch(WordDocument.Cell::bold)
					&& !whole.isEmpty();
			return new RowValues(values, whole, bold, place);
		}

		/** The rows as section, item and field lines. */
		private List<PlanLine> lines(List<RowValues> rows) {
			var out = new ArrayList<PlanLine>();
			// Plain numbers that start again in each section are told apart by the section's mark.
			var plainNumbers = new HashMap<String, Integer>();
			boolean restartingNumbers = false;
			for (var row : rows) {
				if (row.hasFields() && PLAIN_NUMBER.matcher(number(row)).matches()
						&& plainNumbers.merge(number(row), 1, Integer::sum) > 1) {
					restartingNumbers = true;
				}
			}
			String section = null;
			int unnumbered = 0;
			for (var row : rows) {
				var number = number(row);
				var content = row.get(PlanLabels.Label.CONTENT);
				if (row.wholeText().isEmpty()) {
					continue;
				}
				if (!row.hasFields() && !ITEM_NUMBER.matcher(number).matches()) {
					var mark = isMark(number) ? number : "";
					var title = content;
					if (mark.isEmpty()) {
						var inText = MARK_IN_TEXT.matcher(content.isEmpty() ? row.wholeText() : content);
						if (inText.matches() && (ROMAN.matcher(inText.group(1)).matches() || row.bold()
								|| CAPITAL.matcher(inText.group(1)).matches())) {
							mark = inText.group(1);
							title = inText.group(2);
						}
					}
					if (isMark(mark)) {
						if (LETTER.matcher(mark).matches() && section != null) {
							mark = section + "." + mark;
						}
						section = mark;
						unnumbered = 0;
						out.add(PlanLine.section(mark, title, row.place()));
						continue;
					}
					// Neither a section nor an item: the parser names it in a warning.
					out.add(PlanLine.text(row.wholeText(), row.place()));
					continue;
				}
				String code;
				if (number.isEmpty()) {
					unnumbered++;
					code = (section == null ? "" : section + ".") + unnumbered;
					warnings.add(PlanWarning.at(0, row.place(), row.wholeText(), "unnumberedRow", code));
				}
				else if (LETTER.matcher(number).matches() && section != null) {
					code = section + "." + number;
				}
				else if (restartingNumbers && PLAIN_NUMBER.matcher(number).matches() && section != null) {
					code = section + "." + number;
				}
				else {
					code = number;
				}
				if (PLAIN_NUMBER.matcher(code).matches() && section != null && PLAIN_NUMBER.matcher(section).matches()) {
					// "2" with fields after section "1" and its "1.1": a section that is its own only item.
					section = code;
					unnumbered = 0;
					out.add(PlanLine.section(code, content, row.place()));
				}
				out.add(PlanLine.item(code, content, row.place()));
				var fields = new LinkedHashMap<PlanLabels.Label, String>();
				for (var label : List.of(PlanLabels.Label.BASELINE, PlanLabels.Label.TARGET, PlanLabels.Label.LEAD,
						PlanLabels.Label.COORDINATING, PlanLabels.Label.TIMEFRAME)) {
					fields.put(label, row.get(label));
				}
				fields.forEach((label, value) -> {
					if (!value.isBlank()) {
						var header = columns.get(label).header();
						out.add(PlanLine.field(label.field, header, value, header.contains("%"), row.place()));
					}
				});
			}
			return out;
		}

		private static boolean isMark(String text) {
			return !text.isEmpty() && (ROMAN.matcher(text).matches() || PLAIN_NUMBER.matcher(text).matches()
					|| CAPITAL.matcher(text).matches() || LETTER.matcher(text).matches());
		}

		/** The number cell as written, less a closing "." or ")": "1.", "a)" are "1", "a". */
		private static String number(RowValues row) {
			var number = row.get(PlanLabels.Label.NUMBER).strip();
			while (number.endsWith(".") || number.endsWith(")")) {
				number = number.substring(0, number.length() - 1).strip();
			}
			return number.startsWith("(") ? number.substring(1) : number;
		}
	}
}
