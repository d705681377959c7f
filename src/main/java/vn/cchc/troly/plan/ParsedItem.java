package vn.cchc.troly.plan;

import java.util.List;

/**
 * One remediation item as read from a plan document, before it is stored: the plan's words and
 * what they were read to mean. {@code lead} and {@code coordinating} are position names as
 * {@link vn.cchc.troly.people.PositionNames} reads them ("Văn Phòng - Thống kê"); {@code line}
 * is the line of the item's heading.
 */
public record ParsedItem(String code, String sectionCode, String title, int line, Baseline baseline, Target target,
		String leadText, String lead, String leadDuty, String coordinatingText, List<String> coordinating,
		Timeframe timeframe) {

	public ParsedItem {
		coordinating = List.copyOf(coordinating);
	}
}
