package vn.cchc.troly.plan;

import java.util.List;

/**
 * One remediation item as read from a plan document, before it is stored: the plan's words and
 * what they were read to mean. {@code lead} and {@code coordinating} are position names as
 * {@link vn.cchc.troly.people.PositionNames} reads them ("Văn Phòng - Thống kê"); {@code line}
 * is the line of the item's heading in the document's text form and {@code place} where a reader
 * finds it (a line, or a Word table's row). {@code sectionCode} is the mark of the section it is
 * under, as written ("2", "II", "A"). {@code unsure} names the fields whose reading a warning
 * doubts (a comparator that could not be read, a time frame without a date…): a preview shows
 * them as unsure, and nothing in them is a guess.
 */
public record ParsedItem(String code, String sectionCode, String title, int line, Baseline baseline, Target target,
		String leadText, String lead, String leadDuty, String coordinatingText, List<String> coordinating,
		Timeframe timeframe, PlanWarning.Place place, List<ItemField> unsure) {

	public ParsedItem {
		coordinating = List.copyOf(coordinating);
		unsure = List.copyOf(unsure);
		if (place == null) {
			place = PlanWarning.Place.line(line);
		}
	}

	/** An item read from a text file, every field read with confidence. */
	public ParsedItem(String code, String sectionCode, String title, int line, Baseline baseline, Target target,
			String leadText, String lead, String leadDuty, String coordinatingText, List<String> coordinating,
			Timeframe timeframe) {
		this(code, sectionCode, title, line, baseline, target, leadText, lead, leadDuty, coordinatingText, coordinating,
				timeframe, null, List.of());
	}
}
