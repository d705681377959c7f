package vn.cchc.troly.operator;

import java.util.List;

/**
 * The running bot's health, as the {@code health} command prints it; the transport that runs the
 * bot provides it (the operator module knows no transport).
 */
public interface BotHealth {

	/** What to print, and the exit code: 0 OK, 1 degraded, 2 failing. */
	record Verdict(int exitCode, List<String> lines) {
	}

	Verdict check();
}
