package vn.cchc.troly.operator;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.cchc.troly.plan.ImportResult;
import vn.cchc.troly.plan.PlanManagement;
import vn.cchc.troly.plan.PlanRejectedException;

/**
 * {@code plan-import FILE [--unit "UBND xã …"]}: stores a plan and prints what was added,
 * changed (which fields), unchanged and withdrawn, then the warnings. Exit 0 when stored, 1 when
 * the file is not a plan (nothing stored), 2 for wrong arguments.
 */
@Component
class PlanImportCommand implements OperatorCommand {

	private final PlanManagement plans;
	private final PlanTexts texts;

	PlanImportCommand(PlanManagement plans, PlanTexts texts) {
		this.plans = plans;
		this.texts = texts;
	}

	@Override
	public String name() {
		return "plan-import";
	}

	@Override
	public String usage() {
		return texts.get("plan.command.import.usage");
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) {
		PlanCommandArguments args;
		try {
			args = PlanCommandArguments.parse(arguments, false);
		}
		catch (PlanCommandArguments.Invalid invalid) {
			err.println(texts.get(invalid.messageKey, invalid.argument));
			err.println(texts.get("plan.command.usage", usage()));
			return 2;
		}
		ImportResult result;
		try {
			result = plans.importPlan(args.file(), args.unit());
		}
		catch (PlanRejectedException rejected) {
			err.println(texts.of(rejected));
			return 1;
		}
		out.print(render(result));
		return 0;
	}

	String render(ImportResult result) {
		var out = new StringBuilder();
		line(out, texts.get("plan.import.saved", result.title(), result.year(), result.unitName()));
		line(out, texts.get(result.newPlan() ? "plan.import.newPlan" : "plan.import.samePlan"));
		var added = result.items(ImportResult.Outcome.ADDED);
		if (!added.isEmpty()) {
			line(out, texts.get("plan.import.added", added.size()));
			added.forEach(item -> line(out, texts.get("plan.import.item", code(item), item.title())));
		}
		var changed = result.items(ImportResult.Outcome.CHANGED);
		if (!changed.isEmpty()) {
			line(out, texts.get("plan.import.changed", changed.size()));
			changed.forEach(item -> line(out, texts.get("plan.import.changedItem", code(item), item.title(),
					item.changed().stream().map(field -> texts.get(field.messageKey())).collect(Collectors.joining(", ")))));
		}
		var unchanged = result.items(ImportResult.Outcome.UNCHANGED);
		if (!unchanged.isEmpty()) {
			line(out, texts.get("plan.import.unchanged", unchanged.size(),
					unchanged.stream().map(ImportResult.ItemOutcome::code).collect(Collectors.joining(", "))));
		}
		var withdrawn = result.items(ImportResult.Outcome.WITHDRAWN);
		if (!withdrawn.isEmpty()) {
			line(out, texts.get("plan.import.withdrawn", withdrawn.size()));
			withdrawn.forEach(item -> line(out, texts.get("plan.import.item", code(item), item.title())));
		}
		new PlanCheckReport(texts).warnings(out, result.warnings());
		return out.toString();
	}

	/** Codes padded to one width so that titles line up: "4   " under "3.5 ". */
	private static String code(ImportResult.ItemOutcome item) {
		return item.code() + " ".repeat(Math.max(0, 4 - item.code().length()));
	}

	private static void line(StringBuilder out, String text) {
		out.append(text).append(System.lineSeparator());
	}
}
