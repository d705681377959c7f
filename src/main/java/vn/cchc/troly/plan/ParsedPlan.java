package vn.cchc.troly.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan as read from a document: its header, sections, items, general rules and every warning
 * about what could not be read. {@code year} and {@code unitName} are null when neither the
 * document nor the operator gave them (a warning says so). {@code issuedText} is the issuing line
 * as written ("Phổ Châu, ngày tháng 3 năm 2024"); {@code issuedOn} is set only when it names a day.
 */
public record ParsedPlan(String sourceName, String unitName, String number, String title, Integer year,
		String issuedText, LocalDate issuedOn, List<Plan.Section> sections, List<ParsedItem> items,
		List<Plan.Rule> rules, List<PlanWarning> warnings) {

	public ParsedPlan {
		sections = List.copyOf(sections);
		items = List.copyOf(items);
		rules = List.copyOf(rules);
		warnings = List.copyOf(warnings);
	}

	/**
	 * The plan read as the given unit's: a plan sent by a unit's coordinator is that unit's, whatever
	 * unit the document names; when it names another, a warning says so (shown before anything is stored).
	 */
	ParsedPlan asUnit(String unit) {
		if (unitName != null && vn.cchc.troly.people.UnitNames.matchKey(unitName)
			.equals(vn.cchc.troly.people.UnitNames.matchKey(unit))) {
			return this;
		}
		var more = new java.util.ArrayList<>(warnings);
		// A document naming no unit had a warning for it; the unit is known now.
		more.removeIf(w -> w.messageKey().equals("plan.warning.noUnit"));
		if (unitName != null) {
			more.add(0, PlanWarning.document("otherUnit", unitName, unit));
		}
		return new ParsedPlan(sourceName, unit, number, title, year, issuedText, issuedOn, sections, items, rules, more);
	}
}
