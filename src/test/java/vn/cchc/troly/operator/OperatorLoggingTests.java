package vn.cchc.troly.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import tools.jackson.databind.json.JsonMapper;
import vn.cchc.troly.TroLyCchcApplication;

/**
 * {@code java -jar tro-ly-cchc.jar plan-check FILE --json | jq}: started as main starts an operator
 * command, the log goes to stderr, so stdout is the JSON alone even when something logs a warning.
 */
@ExtendWith(OutputCaptureExtension.class)
class OperatorLoggingTests {

	@Test
	void planCheckJsonOnStdoutStaysJsonWhenAWarningIsLogged(CapturedOutput output) {
		var application = new SpringApplication(TroLyCchcApplication.class);
		application.setDefaultProperties(OperatorMode.settings());
		// Not the real database under ./data: a setting above application.yml's.
		var environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test",
				Map.of("spring.datasource.url", "jdbc:h2:mem:operator-logging;DB_CLOSE_DELAY=-1")));
		application.setEnvironment(environment);
		// Logged once the operator's logging is set up, before the command prints its JSON.
		application.addInitializers(context -> LoggerFactory.getLogger(OperatorLoggingTests.class)
			.warn("a warning while plan-check runs"));

		var exitCode = SpringApplication.exit(
				application.run("plan-check", "src/test/resources/plans/pho-chau-2024.txt", "--json"));

		assertThat(exitCode).isZero();
		assertThat(output.getErr()).contains("WARN").contains("a warning while plan-check runs");
		assertThat(output.getOut()).doesNotContain("a warning while plan-check runs");
		var plan = JsonMapper.builder().build().readTree(output.getOut());
		assertThat(plan.toString()).contains("\"code\":\"3.5\"");
	}
}
