package vn.cchc.troly.operator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.cchc.troly.plan.BaselineBound;
import vn.cchc.troly.plan.Comparator;
import vn.cchc.troly.plan.ParsedPlan;
import vn.cchc.troly.plan.Plan;
import vn.cchc.troly.plan.TargetKind;

/**
 * The JSON document plan-check --json prints. The names stay stable: plan {title, year},
 * items [{code, section, title, baseline {text, value}, target {text, kind, comparator, value,
 * perYear}, lead, coordinating, timeframe {text, fromYear, recurring}}], rules, warnings; the
 * other fields are extra. Numbers are JSON numbers as written in the plan (98, 97.5).
 */
record PlanJson(Head plan, List<Plan.Section> sections, List<Item> items, List<Plan.Rule> rules,
		List<Warning> warnings) {

	record Head(String title, Integer year, String number, String issued, LocalDate issuedOn, String unit,
			String source) {
	}

	record Item(String code, String section, String title, int line, BaselineJson baseline, TargetJson target,
			String lead, String leadDuty, String leadText, List<String> coordinating, String coordinatingText,
			TimeframeJson timeframe) {
	}

	record BaselineJson(String text, Number value, BaselineBound bound) {
	}

	record TargetJson(String text, TargetKind kind, Comparator comparator, Number value, String unit,
			boolean perYear) {
	}

	record TimeframeJson(String text, Integer fromYear, boolean recurring) {
	}

	/** {@code line} 0 is the document as a whole; {@code message} is in the operator's language. */
	record Warning(int line, String text, String key, String message) {
	}

	static PlanJson of(ParsedPlan plan, PlanTexts texts) {
		var items = plan.items().stream().map(item -> new Item(item.code(), item.sectionCode(), item.title(),
				item.line(),
				new BaselineJson(item.baseline().text(), plain(item.baseline().value()), item.baseline().bound()),
				new TargetJson(item.target().text(), item.target().kind(), item.target().comparator(),
						plain(item.target().value()), item.target().unit(), item.target().perYear()),
				item.lead(), item.leadDuty(), item.leadText(), item.coordinating(), item.coordinatingText(),
				new TimeframeJson(item.timeframe().text(), item.timeframe().fromYear(), item.timeframe().recurring())))
			.toList();
		var warnings = plan.warnings().stream()
			.map(warning -> new Warning(warning.line(), warning.text(), warning.messageKey(), texts.of(warning)))
			.toList();
		return new PlanJson(new Head(plan.title(), plan.year(), plan.number(), plan.issuedText(), plan.issuedOn(),
				plan.unitName(), plan.sourceName()), plan.sections(), items, plan.rules(), warnings);
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
