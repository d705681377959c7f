package vn.cchc.troly;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the PostgreSQL run, skips every test with a clear message when no server answers, except
 * under CI=true, where the tests run and fail: CI installs and starts PostgreSQL (.ci/run), so a
 * missing server there is a fault. Registered for JUnit's extension auto-detection, which only the
 * "postgres" surefire execution switches on.
 */
public class PostgresReachable implements ExecutionCondition {

	private static volatile String problem;
	private static volatile boolean checked;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!TestDatabase.postgres() || "true".equalsIgnoreCase(System.getenv("CI"))) {
			return ConditionEvaluationResult.enabled("PostgreSQL is required here");
		}
		if (!checked) {
			problem = TestDatabase.unreachable();
			checked = true;
			if (problem != null) {
				System.out.println("PostgreSQL tests SKIPPED: no server at " + TestDatabase.url() + " (" + problem
						+ "). Start one (see README) or set troly.test.postgres.url; under CI=true they fail instead.");
			}
		}
		return problem == null ? ConditionEvaluationResult.enabled("PostgreSQL answers at " + TestDatabase.url())
				: ConditionEvaluationResult.disabled("no PostgreSQL server at " + TestDatabase.url() + ": " + problem
						+ " (under CI=true this fails instead)");
	}
}
