package vn.cchc.troly.operator;

import java.io.PrintStream;
import java.util.List;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import vn.cchc.troly.plan.ParsedPlan;
import vn.cchc.troly.plan.PlanManagement;
import vn.cchc.troly.plan.PlanRejectedException;

/**
 * {@code plan-check FILE [--json] [--unit "UBND xã …"]}: reads a plan and prints what was read
 * (a table, or one JSON document) and every warning; stores nothing. Exit 0 when a plan was read
 * (warnings or not), 1 when the file is not a plan, 2 for wrong arguments.
 */
@Component
class PlanCheckCommand implements OperatorCommand {

	private final PlanManagement plans;
	private final PlanTexts texts;
	private final JsonMapper json;

	PlanCheckCommand(PlanManagement plans, PlanTexts texts, JsonMapper json) {
		this.plans = plans;
		this.texts = texts;
		this.json = json;
	}

	@Override
	public String name() {
		return "plan-check";
	}

	@Override
	public String usage() {
		return texts.get("plan.command.check.usage");
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) {
		PlanCommandArguments args;
		try {
			args = PlanCommandArguments.parse(arguments, true);
		}
		catch (PlanCommandArguments.Invalid invalid) {
			err.println(texts.get(invalid.messageKey, invalid.argument));
			err.println(texts.get("plan.command.usage", usage()));
			return 2;
		}
		ParsedPlan plan;
		try {
			plan = plans.check(args.file(), args.unit());
		}
		catch (PlanRejectedException rejected) {
			err.println(texts.of(rejected));
			return 1;
		}
		if (args.json()) {
			out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(PlanJson.of(plan, texts)));
		}
		else {
			out.print(new PlanCheckReport(texts).render(plan));
		}
		return 0;
	}
}
