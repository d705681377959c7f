package vn.cchc.troly.operator;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code health}: the running bot's health ({@link BotHealth}: as its health file, TROLY_HEALTH_FILE,
 * says, with the database and the outbox read now). Exit code 0 OK, 1 degraded (messages given up lately, a long
 * queue), 2 FAIL (Telegram not polled lately, the database silent, the bot not running).
 */
@Component
class HealthCommand implements OperatorCommand {

	private final BotHealth health;
	private final MessageSource messages;

	HealthCommand(BotHealth health, MessageSource messages) {
		this.health = health;
		this.messages = messages;
	}

	@Override
	public String name() {
		return "health";
	}

	@Override
	public String usage() {
		return messages.getMessage("health.cli.usage", null, Locale.forLanguageTag("vi"));
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) {
		var verdict = health.check();
		verdict.lines().forEach(out::println);
		return verdict.exitCode();
	}
}
