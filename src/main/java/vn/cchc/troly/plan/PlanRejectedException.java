package vn.cchc.troly.plan;

import java.util.List;

/**
 * A file that is not a plan the importer can read (missing, empty, binary, a letter with no
 * items): nothing was stored. The reason is a message key ({@code plan.rejected.*}) with its
 * arguments, for the caller to show in the user's language.
 */
public class PlanRejectedException extends RuntimeException {

	private final String messageKey;
	private final List<String> arguments;

	PlanRejectedException(String reason, String... arguments) {
		super("plan.rejected." + reason + " " + List.of(arguments));
		this.messageKey = "plan.rejected." + reason;
		this.arguments = List.of(arguments);
	}

	public String messageKey() {
		return messageKey;
	}

	public List<String> arguments() {
		return arguments;
	}
}
