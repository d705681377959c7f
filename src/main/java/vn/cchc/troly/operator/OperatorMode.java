package vn.cchc.troly.operator;

import java.util.Map;

/**
 * Decides, before Spring starts, whether the program arguments ask for an operator command.
 * An operator command runs with the bot, the schedules and any web server switched off.
 */
public final class OperatorMode {

	private OperatorMode() {
	}

	/** A first argument that is a plain word (not a {@code --spring.option}) names a command. */
	public static boolean isOperatorCommand(String[] args) {
		return args.length > 0 && !args[0].startsWith("-");
	}

	/** Settings that keep the bot and its schedules from starting for an operator command. */
	public static Map<String, Object> settings() {
		return Map.of(
				"telegrambots.enabled", "false",
				"spring.main.web-application-type", "none",
				"spring.main.banner-mode", "off",
				"troly.operator-mode", "true",
				"logging.level.root", "WARN",
				// The console log on stderr: stdout holds the command's output alone (plan-check --json is piped).
				"logging.config", "classpath:logback-operator.xml",
				// Flyway's notice that H2 is newer than it was verified with, on every run, is noise for an operator.
				"logging.level.org.flywaydb.core.internal.database.base.Database", "ERROR");
	}
}
