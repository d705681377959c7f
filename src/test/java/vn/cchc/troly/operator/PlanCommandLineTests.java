package vn.cchc.troly.operator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

/** {@code java -jar tro-ly-cchc.jar plan-check FILE --json}: the program arguments reach the command. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(args = { "plan-check", "src/test/resources/plans/pho-chau-2024.txt", "--json" },
		properties = { "telegrambots.enabled=false", "spring.datasource.url=jdbc:h2:mem:plan-command-line;DB_CLOSE_DELAY=-1" })
class PlanCommandLineTests {

	@Autowired ApplicationContext context;

	@Test
	void theProgramArgumentsRunPlanCheckAndItsExitCodeIsKept(CapturedOutput output) {
		assertThat(output.getOut()).contains("\"code\" : \"3.5\"").contains("\"value\" : 98,");
		assertThat(context.getBeansOfType(ExitCodeGenerator.class).values())
			.extracting(ExitCodeGenerator::getExitCode).containsOnly(0);
	}
}
