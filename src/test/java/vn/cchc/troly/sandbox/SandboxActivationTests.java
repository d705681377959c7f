package vn.cchc.troly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Socket;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.env.MockEnvironment;

/** When the sandbox starts, and what it points the bot at, decided before any bean exists. */
class SandboxActivationTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withInitializer(new SandboxActivation())
		.withPropertyValues("troly.sandbox.database-url=jdbc:h2:mem:activation");

	@Test
	void withoutATokenTheBotTalksToTheSandboxServerOnThisMachine() {
		int[] port = new int[1];
		context.run(started -> {
			var environment = started.getEnvironment();
			var server = started.getBean(BotApiServer.class);
			port[0] = server.port();
			assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
			assertThat(environment.getProperty("troly.telegram.api-url")).isEqualTo("http://127.0.0.1:" + server.port());
			assertThat(environment.getProperty("troly.telegram.token")).startsWith("7000000001:sandbox-");
			assertThat(environment.getProperty("troly.telegram.bot-username")).isEqualTo("troly_sandbox_bot");
			assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:h2:mem:activation");
			assertThat(environment.getProperty(SandboxActivation.ACTIVE)).isEqualTo("true");
			assertThat(environment.getProperty("troly.report.scheduling-enabled"))
				.as("the summary waits for the page's button").isEqualTo("false");
		});
		assertThatThrownBy(() -> new Socket("127.0.0.1", port[0]).close()).as("closed with the context")
			.isInstanceOf(IOException.class);
	}

	@Test
	void theScheduleCanBeKeptOnInTheSandbox() {
		context.withPropertyValues("troly.sandbox.schedule=true", "troly.report.scheduling-enabled=true")
			.run(started -> assertThat(started.getEnvironment().getProperty("troly.report.scheduling-enabled"))
				.isEqualTo("true"));
	}

	@Test
	void aTokenKeepsTheSandboxOff() {
		context.withPropertyValues("troly.telegram.token=123:real").run(started -> {
			assertThat(started).doesNotHaveBean(BotApiServer.class);
			assertThat(started.getEnvironment().getProperty(SandboxActivation.ACTIVE)).isNull();
			assertThat(started.getEnvironment().getProperty("troly.telegram.token")).isEqualTo("123:real");
		});
	}

	@Test
	void operatorModeAndTheSwitchKeepTheSandboxOff() {
		context.withPropertyValues("troly.operator-mode=true")
			.run(started -> assertThat(started).doesNotHaveBean(BotApiServer.class));
		context.withPropertyValues("troly.sandbox.enabled=false")
			.run(started -> assertThat(started).doesNotHaveBean(BotApiServer.class));
	}

	@Test
	void theDecisionReadsTheSettings() {
		assertThat(SandboxActivation.wanted(new MockEnvironment())).isTrue();
		assertThat(SandboxActivation.wanted(new MockEnvironment().withProperty("troly.telegram.token", "1:x"))).isFalse();
		assertThat(SandboxActivation.wanted(new MockEnvironment().withProperty("troly.telegram.token", " "))).isTrue();
		assertThat(SandboxActivation.wanted(new MockEnvironment().withProperty("telegrambots.enabled", "false")))
			.isFalse();
	}
}
