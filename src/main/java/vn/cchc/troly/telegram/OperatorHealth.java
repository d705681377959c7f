package vn.cchc.troly.telegram;

import org.springframework.stereotype.Component;

import vn.cchc.troly.operator.BotHealth;

/** The operator's {@code health} command reads the bot's health file and the database (TransportHealth). */
@Component
class OperatorHealth implements BotHealth {

	private final TransportHealth health;

	OperatorHealth(TransportHealth health) {
		this.health = health;
	}

	@Override
	public Verdict check() {
		var report = health.checkWithFile();
		return new Verdict(report.level().exitCode(), health.render(report));
	}
}
