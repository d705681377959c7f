package vn.cchc.troly.operator;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * Runs the operator command named by the first program argument and keeps its exit code for
 * {@link org.springframework.boot.SpringApplication#exit}. Inactive when the application runs as
 * the bot (no operator command named).
 */
@Component
class OperatorCommandLine implements ApplicationRunner, ExitCodeGenerator {

	private final Map<String, OperatorCommand> commands;
	private final PrintStream out;
	private final PrintStream err;
	private int exitCode;

	@Autowired
	OperatorCommandLine(List<OperatorCommand> commands) {
		this(commands, new PrintStream(System.out, true, StandardCharsets.UTF_8),
				new PrintStream(System.err, true, StandardCharsets.UTF_8));
	}

	OperatorCommandLine(List<OperatorCommand> commands, PrintStream out, PrintStream err) {
		this.commands = commands.stream().collect(Collectors.toMap(OperatorCommand::name, Function.identity()));
		this.out = out;
		this.err = err;
	}

	@Override
	public void run(ApplicationArguments args) {
		var words = args.getSourceArgs();
		if (!OperatorMode.isOperatorCommand(words)) {
			return;
		}
		var command = commands.get(words[0]);
		if (command == null) {
			err.println("Lệnh không có: " + words[0]);
			printUsage();
			exitCode = 2;
			return;
		}
		exitCode = command.run(List.of(Arrays.copyOfRange(words, 1, words.length)), out, err);
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

	private void printUsage() {
		err.println("Cách dùng: java -jar tro-ly-cchc.jar <lệnh> [tham số]");
		commands.values().stream().sorted(Comparator.comparing(OperatorCommand::name))
			.forEach(c -> err.println("  " + c.usage()));
	}
}
