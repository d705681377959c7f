package vn.cchc.troly.operator;

import java.util.ArrayList;
import java.util.List;

import vn.cchc.troly.plan.Comparator;
import vn.cchc.troly.plan.ParsedItem;
import vn.cchc.troly.plan.ParsedPlan;
import vn.cchc.troly.plan.Plan;
import vn.cchc.troly.plan.PlanWarning;
import vn.cchc.troly.plan.Target;
import vn.cchc.troly.plan.TargetKind;
import vn.cchc.troly.plan.Timeframe;

/**
 * plan-check's readable output: the plan's header, a table of its items as they were read
 * (section by section), its general rules and its warnings with the lines they name.
 */
final class PlanCheckReport {

	private static final int[] WIDTHS = { 4, 34, 10, 20, 20, 24, 19 };
	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final PlanTexts texts;

	PlanCheckReport(PlanTexts texts) {
		this.texts = texts;
	}

	String render(ParsedPlan plan) {
		var out = new StringBuilder();
		var none = texts.get("plan.check.none");
		line(out, texts.get("plan.check.title", plan.title()));
		line(out, texts.get("plan.check.number", orElse(plan.number(), none)) + "   "
				+ texts.get("plan.check.year", plan.year() == null ? none : plan.year()) + "   "
				+ texts.get("plan.check.issued", orElse(plan.issuedText(), none)));
		line(out, texts.get("plan.check.unit", orElse(plan.unitName(), none)));
		line(out, texts.get("plan.check.summary", plan.items().size(), plan.rules().size(), plan.warnings().size()));
		line(out, "");

		var header = List.of(texts.get("plan.table.code"), texts.get("plan.table.title"), texts.get("plan.table.baseline"),
				texts.get("plan.table.target"), texts.get("plan.table.lead"), texts.get("plan.table.coordinating"),
				texts.get("plan.table.timeframe"));
		row(out, header);
		line(out, rule());
		String section = null;
		for (var item : plan.items()) {
			if (!item.sectionCode().equals(section)) {
				section = item.sectionCode();
				line(out, texts.get("plan.check.section", section, sectionTitle(plan, section)));
			}
			row(out, List.of(item.unsure().isEmpty() ? item.code() : item.code() + "?", item.title(), baseline(item),
					target(item.target()), lead(item),
					String.join("; ", item.coordinating()), timeframe(item.timeframe())));
		}
		line(out, rule());
		if (plan.items().stream().anyMatch(item -> !item.unsure().isEmpty())) {
			line(out, texts.get("plan.check.unsureMark"));
		}

		if (!plan.rules().isEmpty()) {
			line(out, "");
			line(out, texts.get("plan.check.rules"));
			plan.rules().forEach(rule -> line(out, texts.get("plan.check.rule", rule.code(), rule.text())));
		}
		line(out, "");
		warnings(out, plan.warnings());
		return out.toString();
	}

	void warnings(StringBuilder out, List<PlanWarning> warnings) {
		if (warnings.isEmpty()) {
			line(out, texts.get("plan.check.noWarnings"));
			return;
		}
		line(out, texts.get("plan.check.warnings", warnings.size()));
		for (var warning : warnings) {
			var place = warning.place();
			if (place.kind() != PlanWarning.Place.Kind.DOCUMENT) {
				line(out, texts.get("plan.warning.atLine", texts.get(place.messageKey(), place.arguments().toArray()),
						texts.of(warning)));
				if (warning.text() != null) {
					line(out, texts.get("plan.warning.quote", warning.text()));
				}
			}
			else {
				line(out, texts.of(warning));
			}
		}
	}

	private String baseline(ParsedItem item) {
		var baseline = item.baseline();
		if (baseline.value() == null) {
			return baseline.text() == null ? "" : texts.get("plan.baseline.textOnly");
		}
		var symbol = switch (baseline.bound()) {
			case BELOW -> "< ";
			case ABOVE -> "> ";
			case EXACT -> "";
		};
		return symbol + amount(baseline.value(), item.target());
	}

	private String target(Target target) {
		var meaning = switch (target.kind()) {
			case PERCENT, COUNT -> target.comparator() == null
					? texts.get("plan.target.unsure", target.value() == null ? "" : amount(target.value(), target))
					: target.comparator().symbol() + " " + amount(target.value(), target);
			case INCREASE -> texts.get(target.comparator() == Comparator.GE ? "plan.target.notBelowLastYear"
					: "plan.target.increase");
			case QUALITATIVE -> texts.get("plan.target.qualitative");
		};
		return target.perYear() ? texts.get("plan.target.perYear", meaning) : meaning;
	}

	private String amount(java.math.BigDecimal value, Target target) {
		if (target.kind() == TargetKind.PERCENT) {
			return texts.number(value) + "%";
		}
		return texts.number(value) + (target.unit() == null ? "" : " " + target.unit());
	}

	private static String lead(ParsedItem item) {
		if (item.lead() == null) {
			return "";
		}
		return item.leadDuty() == null ? item.lead() : item.lead() + " (" + item.leadDuty() + ")";
	}

	private String timeframe(Timeframe timeframe) {
		if (timeframe.deadline() == null) {
			return timeframe.text() == null ? "" : texts.get("plan.timeframe.textOnly");
		}
		var day = DAY.format(timeframe.deadline());
		if (timeframe.repeats() != null) {
			return texts.get("plan.timeframe.repeats." + timeframe.repeats().name().toLowerCase(java.util.Locale.ROOT), day);
		}
		return texts.get("plan.timeframe.deadline", day);
	}

	private static String sectionTitle(ParsedPlan plan, String code) {
		return plan.sections().stream().filter(s -> s.code().equals(code)).map(Plan.Section::title).findFirst()
			.orElse("");
	}

	/** A table row; a cell longer than its column wraps onto the next lines, so nothing is cut. */
	private static void row(StringBuilder out, List<String> cells) {
		var wrapped = new ArrayList<List<String>>();
		int height = 1;
		for (int i = 0; i < cells.size(); i++) {
			var lines = wrap(cells.get(i) == null ? "" : cells.get(i), WIDTHS[i]);
			wrapped.add(lines);
			height = Math.max(height, lines.size());
		}
		for (int r = 0; r < height; r++) {
			var padded = new ArrayList<String>();
			for (int i = 0; i < wrapped.size(); i++) {
				var lines = wrapped.get(i);
				padded.add(pad(r < lines.size() ? lines.get(r) : "", WIDTHS[i]));
			}
			line(out, String.join(" │ ", padded).stripTrailing());
		}
	}

	static List<String> wrap(String text, int width) {
		var lines = new ArrayList<String>();
		var current = new StringBuilder();
		for (var word : text.strip().split("\\s+")) {
			while (length(word) > width) {
				if (!current.isEmpty()) {
					lines.add(current.toString());
					current.setLength(0);
				}
				int cut = word.offsetByCodePoints(0, width);
				lines.add(word.substring(0, cut));
				word = word.substring(cut);
			}
			if (!current.isEmpty() && length(current) + 1 + length(word) > width) {
				lines.add(current.toString());
				current.setLength(0);
			}
			current.append(current.isEmpty() ? "" : " ").append(word);
		}
		if (!current.isEmpty() || lines.isEmpty()) {
			lines.add(current.toString());
		}
		return lines;
	}

	private static int length(CharSequence text) {
		return Character.codePointCount(text, 0, text.length());
	}

	private static String pad(String text, int width) {
		return text + " ".repeat(Math.max(0, width - length(text)));
	}

	private static String rule() {
		var parts = new ArrayList<String>();
		for (int width : WIDTHS) {
			parts.add("─".repeat(width));
		}
		return String.join("─┼─", parts);
	}

	private static String orElse(String text, String otherwise) {
		return text == null ? otherwise : text;
	}

	private static void line(StringBuilder out, String text) {
		out.append(text).append(System.lineSeparator());
	}
}
