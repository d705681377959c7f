package vn.cchc.troly.operator;

import java.io.PrintStream;
import java.util.List;

/**
 * A job the operator runs on the same jar without starting the bot:
 * {@code java -jar tro-ly-cchc.jar <name> [arguments]}. Each is a bean of this module, calling
 * the other modules' public APIs.
 */
public interface OperatorCommand {

	/** The word that selects this command on the command line: "plan-check". */
	String name();

	/** One line for the usage text, in Vietnamese, with its arguments. */
	String usage();

	/**
	 * Runs the command; returns the process exit code (0 when it did what was asked).
	 * Whatever it prints goes to {@code out}; problems the operator must fix go to {@code err}.
	 */
	int run(List<String> arguments, PrintStream out, PrintStream err);
}
