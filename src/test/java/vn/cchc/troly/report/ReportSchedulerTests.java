package vn.cchc.troly.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import vn.cchc.troly.progress.Explanations;

class ReportSchedulerTests {

	private final Summaries summaries = mock(Summaries.class);
	private final Reminders reminders = mock(Reminders.class);
	private final Explanations explanations = mock(Explanations.class);

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withBean(Summaries.class, () -> summaries)
		.withBean(Reminders.class, () -> reminders)
		.withBean(Explanations.class, () -> explanations)
		.withUserConfiguration(ReportScheduler.class);

	@Test
	void runsByDefault() {
		context.run(started -> assertThat(started).hasSingleBean(ReportScheduler.class));
	}

	@Test
	void neverForAnOperatorCommand() {
		context.withPropertyValues("troly.operator-mode=true")
			.run(started -> assertThat(started).doesNotHaveBean(ReportScheduler.class));
	}

	@Test
	void switchedOffBySetting() {
		context.withPropertyValues("troly.report.scheduling-enabled=false")
			.run(started -> assertThat(started).doesNotHaveBean(ReportScheduler.class));
	}

	@Test
	void aFailingSummaryDoesNotKeepTheRemindersFromRunning() {
		when(summaries.postIfDue()).thenThrow(new IllegalStateException("database away"));
		when(reminders.sendIfDue()).thenReturn(new ReminderRun(List.of(), List.of()));

		new ReportScheduler(summaries, reminders, explanations).poll();

		verify(reminders).sendIfDue();
		verify(explanations).remindUnanswered();
	}

	@Test
	void pollsOnceTheApplicationIsReady() {
		when(summaries.postIfDue()).thenReturn(Optional.empty());
		when(reminders.sendIfDue()).thenReturn(new ReminderRun(List.of(), List.of()));

		new ReportScheduler(summaries, reminders, explanations).onReady();

		verify(summaries).postIfDue();
		verify(reminders).sendIfDue();
	}
}
