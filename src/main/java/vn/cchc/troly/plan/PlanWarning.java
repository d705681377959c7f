package vn.cchc.troly.plan;

import java.util.List;

/**
 * Something the importer could not read, or read only in part: the line it is about (1-based
 * in the document's text form; 0 for the document as a whole), that line's text as written, the
 * place in the document a reader finds it at ({@link Place}: a line of a text file, a paragraph or
 * a table row of a Word file), and what was done, as a message key ({@code plan.warning.*}) with
 * its arguments.
 */
public record PlanWarning(int line, String text, String messageKey, List<String> arguments, Place place) {

	public PlanWarning {
		arguments = List.copyOf(arguments);
		if (place == null) {
			place = line > 0 ? Place.line(line) : Place.DOCUMENT;
		}
	}

	public PlanWarning(int line, String text, String messageKey, List<String> arguments) {
		this(line, text, messageKey, arguments, null);
	}

	/**
	 * Where in the document: {@code LINE} n of a text file, {@code PARAGRAPH} n of a Word file,
	 * {@code ROW} {@code row} of Word table {@code number}, or the {@code DOCUMENT} as a whole.
	 * {@link #messageKey} with {@link #arguments} says it to a user ("dòng 12", "bảng 2, hàng 5").
	 */
	public record Place(Kind kind, int number, int row) {

		public enum Kind {
			DOCUMENT, LINE, PARAGRAPH, ROW
		}

		public static final Place DOCUMENT = new Place(Kind.DOCUMENT, 0, 0);

		public static Place line(int number) {
			return new Place(Kind.LINE, number, 0);
		}

		public static Place paragraph(int number) {
			return new Place(Kind.PARAGRAPH, number, 0);
		}

		public static Place row(int table, int row) {
			return new Place(Kind.ROW, table, row);
		}

		public String messageKey() {
			return "plan.place." + kind.name().toLowerCase(java.util.Locale.ROOT);
		}

		public List<String> arguments() {
			return switch (kind) {
				case DOCUMENT -> List.of();
				case LINE, PARAGRAPH -> List.of(String.valueOf(number));
				case ROW -> List.of(String.valueOf(number), String.valueOf(row));
			};
		}
	}

	static PlanWarning at(int line, String text, String key, String... arguments) {
		return new PlanWarning(line, text, "plan.warning." + key, List.of(arguments));
	}

	static PlanWarning at(int line, Place place, String text, String key, String... arguments) {
		return new PlanWarning(line, text, "plan.warning." + key, List.of(arguments), place);
	}

	static PlanWarning document(String key, String... arguments) {
		return at(0, null, key, arguments);
	}
}
