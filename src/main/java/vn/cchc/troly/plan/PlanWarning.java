package vn.cchc.troly.plan;

import java.util.List;

/**
 * Something the importer could not read, or read only in part: the line it is about (1-based;
 * 0 for the document as a whole), that line's text as written, and what was done, as a message
 * key ({@code plan.warning.*}) with its arguments.
 */
public record PlanWarning(int line, String text, String messageKey, List<String> arguments) {

	public PlanWarning {
		arguments = List.copyOf(arguments);
	}

	static PlanWarning at(int line, String text, String key, String... arguments) {
		return new PlanWarning(line, text, "plan.warning." + key, List.of(arguments));
	}

	static PlanWarning document(String key, String... arguments) {
		return at(0, null, key, arguments);
	}
}
