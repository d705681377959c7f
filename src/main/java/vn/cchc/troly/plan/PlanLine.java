package vn.cchc.troly.plan;

import java.util.List;

/**
 * One line of a plan as its reader sees it, with the place in the document it came from. A text
 * document gives TEXT lines only, which {@link PlanTextParser} classifies by the text grammar; a
 * Word table gives its rows already classified (a section row, an item row and its fields), since
 * the table's columns say what each cell is.
 */
record PlanLine(Kind kind, String text, PlanWarning.Place place, String code, ItemField field, String value,
		boolean percentColumn) {

	enum Kind {
		TEXT, SECTION, ITEM, FIELD
	}

	static PlanLine text(String text, PlanWarning.Place place) {
		return new PlanLine(Kind.TEXT, text, place, null, null, null, false);
	}

	/** A section row: its mark as written ("I", "2", "A") and its title. */
	static PlanLine section(String mark, String title, PlanWarning.Place place) {
		return new PlanLine(Kind.SECTION, (mark + " " + title).strip(), place, mark, null, title, false);
	}

	/** An item row: its code and title. */
	static PlanLine item(String code, String title, PlanWarning.Place place) {
		return new PlanLine(Kind.ITEM, (code + " " + title).strip(), place, code, null, title, false);
	}

	/**
	 * One field of the item row above, from the column {@code label}; {@code percentColumn} when
	 * the column is headed "(%)", so that "Trên 98" in it reads as 98%.
	 */
	static PlanLine field(ItemField field, String label, String value, boolean percentColumn, PlanWarning.Place place) {
		return new PlanLine(Kind.FIELD, label + ": " + value, place, null, field, value, percentColumn);
	}

	/**
	 * A document's lines; {@code contentFrom}..{@code contentTo} is the content part when the
	 * document's structure says it (a Word plan table), else -1 and the text grammar finds it.
	 */
	record Source(List<PlanLine> lines, int contentFrom, int contentTo, List<PlanWarning> warnings) {

		Source {
			lines = List.copyOf(lines);
			warnings = List.copyOf(warnings);
		}

		static Source text(String text) {
			var lines = text.lines().toList();
			var read = new java.util.ArrayList<PlanLine>(lines.size());
			for (int i = 0; i < lines.size(); i++) {
				read.add(PlanLine.text(lines.get(i), PlanWarning.Place.line(i + 1)));
			}
			return new Source(read, -1, -1, List.of());
		}
	}
}
