package vn.cchc.troly.operator;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

import vn.cchc.troly.people.Unit;
import vn.cchc.troly.people.Units;

/**
 * {@code unit list | add "UBND xã …" | schedule "…" --summary "<cron>" --reminder "<cron>" | language "…" vi|en}:
 * the units an installation serves. A unit's own schedule and language replace the installation's
 * for it alone ("default" returns to the installation's).
 */
@Component
class UnitCommand implements OperatorCommand {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final Units units;
	private final MessageSource messages;

	UnitCommand(Units units, MessageSource messages) {
		this.units = units;
		this.messages = messages;
	}

	@Override
	public String name() {
		return "unit";
	}

	@Override
	public String usage() {
		return text("operator.unit.usage");
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) {
		var action = arguments.isEmpty() ? "list" : arguments.get(0);
		switch (action) {
			case "list":
				return list(out);
			case "add":
				if (arguments.size() != 2 || arguments.get(1).isBlank()) {
					return fail(err, "operator.unit.missingName");
				}
				var existed = units.find(arguments.get(1)).isPresent();
				var unit = units.add(arguments.get(1));
				out.println(text(existed ? "operator.unit.exists" : "operator.unit.added", unit.name()));
				return 0;
			case "schedule":
				return schedule(arguments, out, err);
			case "language":
				return language(arguments, out, err);
			default:
				return fail(err, "operator.unit.unknownAction", action);
		}
	}

	private int list(PrintStream out) {
		var all = units.all();
		if (all.isEmpty()) {
			out.println(text("operator.unit.none"));
		}
		for (var unit : all) {
			out.println(text("operator.unit.line", name(unit), or(unit.summaryCron()), or(unit.reminderCron()),
					unit.language() == null ? "vi" : unit.language()));
		}
		return 0;
	}

	private int schedule(List<String> arguments, PrintStream out, PrintStream err) {
		if (arguments.size() < 2) {
			return fail(err, "operator.unit.missingName");
		}
		var unit = units.find(arguments.get(1));
		if (unit.isEmpty()) {
			return fail(err, "operator.unit.unknownName", arguments.get(1));
		}
		String summary = unit.get().summaryCron();
		String reminder = unit.get().reminderCron();
		for (int i = 2; i < arguments.size(); i += 2) {
			if (i + 1 >= arguments.size()) {
				return fail(err, "people.invite.cli.missingValue", arguments.get(i));
			}
			var value = arguments.get(i + 1).strip();
			var cron = value.equals("default") ? null : value;
			if (cron != null && !CronExpression.isValidExpression(cron)) {
				return fail(err, "operator.unit.badCron", value);
			}
			switch (arguments.get(i)) {
				case "--summary":
					summary = cron;
					break;
				case "--reminder":
					reminder = cron;
					break;
				default:
					return fail(err, "people.invite.cli.unknownArgument", arguments.get(i));
			}
		}
		var saved = units.setSchedule(unit.get().unitId(), summary, reminder);
		out.println(text("operator.unit.scheduled", name(saved), or(saved.summaryCron()), or(saved.reminderCron())));
		return 0;
	}

	private int language(List<String> arguments, PrintStream out, PrintStream err) {
		if (arguments.size() != 3) {
			return fail(err, "operator.unit.missingName");
		}
		var unit = units.find(arguments.get(1));
		if (unit.isEmpty()) {
			return fail(err, "operator.unit.unknownName", arguments.get(1));
		}
		var language = arguments.get(2).strip().toLowerCase(Locale.ROOT);
		if (!List.of("vi", "en", "default").contains(language)) {
			return fail(err, "operator.unit.badLanguage", arguments.get(2));
		}
		var saved = units.setLanguage(unit.get().unitId(), language.equals("default") ? null : language);
		out.println(text("operator.unit.languageSet", name(saved), saved.language() == null ? "vi" : saved.language()));
		return 0;
	}

	private String name(Unit unit) {
		return unit.name() == null ? text("operator.unit.unnamed") : unit.name();
	}

	private String or(String cron) {
		return cron == null ? text("operator.unit.installationDefault") : cron;
	}

	private int fail(PrintStream err, String key, Object... arguments) {
		err.println(text(key, arguments));
		err.println(usage());
		return 2;
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, VIETNAMESE);
	}
}
