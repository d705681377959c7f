package vn.cchc.troly.operator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.cchc.troly.plan.BaselineBound;
import vn.cchc.troly.plan.Comparator;
import vn.cchc.troly.plan.ItemField;
import vn.cchc.troly.plan.ParsedPlan;
import vn.cchc.troly.plan.Plan;
import vn.cchc.troly.plan.PlanWarning;
import vn.cchc.troly.plan.Repeats;
import vn.cchc.troly.plan.TargetKind;

/**
 * The JSON document plan-check --json prints. The names stay stable: plan {title, year},
 * items [{code, section, sectionTitle, title, baseline {text, value}, target {text, kind,
 * comparator, value, perYear}, lead, coordinating, timeframe {text, fromYear, recurring, deadline,
 * repeats}}], rules, warnings; the other fields are extra. {@code section} is the mark of the
 * item's section as written ("A", "II", "2"); {@code deadline} the item's first deadline in the
 * plan's year (ISO date, null when the text gives none); {@code repeats} YEAR, QUARTER, MONTH or
 * null; {@code unsure} the fields a warning doubts. Numbers are JSON numbers as written in the
 * plan (98, 97.5). A warning's {@code place} is where a reader finds it (LINE n, PARAGRAPH n, or
 * ROW {@code row} of table n).
 */
record PlanJson(Head plan, List<Plan.Section> sections, List<Item> items, List<Plan.Rule> rules,
		List<Warning> warnings) {

	record Head(String title, Integer year, String number, String issued, LocalDate issuedOn, String unit,
			String source) {
	}

	record Item(String code, String section, String sectionTitle, String title, int line, BaselineJson baseline,
			TargetJson target, String lead, String leadDuty, String leadText, List<String> coordinating,
			String coordinatingText, TimeframeJson timeframe, List<ItemField> unsure, PlaceJson place) {
	}

	record BaselineJson(String text, Number value, BaselineBound bound) {
	}

	record TargetJson(String text, TargetKind kind, Comparator comparator, Number value, String unit,
			boolean perYear) {
	}

	record TimeframeJson(String text, Integer fromYear, boolean recurring, LocalDate deadline, Repeats repeats) {
	}

	record PlaceJson(PlanWarning.Place.Kind kind, int number, Integer row) {

		static PlaceJson of(PlanWarning.Place place) {
			return new PlaceJson(place.kind(), place.number(),
					place.kind() == PlanWarning.Place.Kind.ROW ? Integer.valueOf(place.row()) : null);
		}
	}

	/** {@code line} 0 is the document as a whole; {@code message} is in the operator's language. */
	record Warning(int line, String text, String key, String message, PlaceJson place) {
	}

	static PlanJson of(ParsedPlan plan, PlanTexts texts) {
		var items = plan.items().stream().map(item -> new Item(item.code(), item.sectionCode(),
				sectionTitle(plan, item.sectionCode()), item.title(), item.line(),
				new BaselineJson(item.baseline().text(), plain(item.baseline().value()), item.baseline().bound()),
				new TargetJson(item.target().text(), item.target().kind(), item.target().comparator(),
						plain(item.target().value()), item.target().unit(), item.target().perYear()),
				item.lead(), item.leadDuty(), item.leadText(), item.coordinating(), item.coordinatingText(),
				new TimeframeJson(item.timeframe().text(), item.timeframe().fromYear(), item.timeframe().recurring(),
						item.timeframe().deadline(), item.timeframe().repeats()),
				item.unsure(), PlaceJson.of(item.place())))
			.toList();
		var warnings = plan.warnings().stream()
			.map(warning -> new Warning(warning.line(), warning.text(), warning.messageKey(), texts.of(warning),
					PlaceJson.of(warning.place())))
			.toList();
		return new PlanJson(new Head(plan.title(), plan.year(), plan.number(), plan.issuedText(), plan.issuedOn(),
				plan.unitName(), plan.sourceName()), plan.sections(), items, plan.rules(), warnings);
	}

	private static String sectionTitle(ParsedPlan plan, String code) {
		return plan.sections().stream().filter(section -> section.code().equals(code)).map(Plan.Section::title)
			.findFirst().orElse(null);
	}

	/** 98.0000 as 98 and 97.50 as 97.5: a whole number is written without a fraction. */
	static Number plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		var stripped = value.stripTrailingZeros();
		return stripped.scale() <= 0 ? (Number) stripped.toBigIntegerExact() : stripped;
	}
}
