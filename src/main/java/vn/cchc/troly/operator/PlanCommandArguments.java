package vn.cchc.troly.operator;

import java.nio.file.Path;
import java.util.List;

/** The arguments of plan-check and plan-import: FILE [--json] [--unit "UBND xã …"]. */
record PlanCommandArguments(Path file, boolean json, String unit) {

	/** Thrown with the message key and argument that explain what was wrong. */
	static final class Invalid extends RuntimeException {

		final String messageKey;
		final String argument;

		Invalid(String messageKey, String argument) {
			super(messageKey);
			this.messageKey = messageKey;
			this.argument = argument;
		}
	}

	static PlanCommandArguments parse(List<String> arguments, boolean jsonAllowed) {
		Path file = null;
		boolean json = false;
		String unit = null;
		for (int i = 0; i < arguments.size(); i++) {
			var argument = arguments.get(i);
			if (argument.equals("--json") && jsonAllowed) {
				json = true;
			}
			else if (argument.equals("--unit") && i + 1 < arguments.size()) {
				unit = arguments.get(++i);
			}
			else if (argument.startsWith("--unit=")) {
				unit = argument.substring("--unit=".length());
			}
			else if (argument.startsWith("--") || file != null) {
				throw new Invalid("plan.command.unknownOption", argument);
			}
			else {
				file = Path.of(argument);
			}
		}
		if (file == null) {
			throw new Invalid("plan.command.noFile", null);
		}
		return new PlanCommandArguments(file, json, unit == null || unit.isBlank() ? null : unit.strip());
	}
}
