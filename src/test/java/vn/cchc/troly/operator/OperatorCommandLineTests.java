package vn.cchc.troly.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

class OperatorCommandLineTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final OperatorCommand echo = new OperatorCommand() {
		public String name() { return "echo"; }
		public String usage() { return "echo <chữ>: in lại"; }
		public int run(List<String> arguments, PrintStream out, PrintStream err) {
			out.println(String.join(" ", arguments));
			return arguments.isEmpty() ? 1 : 0;
		}
	};

	private final OperatorCommandLine commandLine = new OperatorCommandLine(List.of(echo),
			new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

	@Test
	void runsTheNamedCommandAndKeepsItsExitCode() {
		commandLine.run(new DefaultApplicationArguments("echo", "xin", "chào"));
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("xin chào" + System.lineSeparator());
		assertThat(commandLine.getExitCode()).isZero();
	}

	@Test
	void anUnknownCommandPrintsUsageAndFails() {
		commandLine.run(new DefaultApplicationArguments("nonsense"));
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("Lệnh không có: nonsense").contains("echo <chữ>");
		assertThat(commandLine.getExitCode()).isEqualTo(2);
	}

	@Test
	void springOptionsAloneRunTheBotNotACommand() {
		commandLine.run(new DefaultApplicationArguments("--server.port=9000"));
		assertThat(out.size() + err.size()).isZero();
		assertThat(commandLine.getExitCode()).isZero();
	}
}
