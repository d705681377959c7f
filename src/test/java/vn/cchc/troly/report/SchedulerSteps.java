package vn.cchc.troly.report;

import java.time.Instant;

import org.springframework.context.ApplicationContext;

import vn.cchc.troly.TroLyCchcApplication;

/** The scheduler's poll, for the province benchmark (another package) to run at the due time. */
public final class SchedulerSteps {

	private SchedulerSteps() {
	}

	/** What the scheduler does every {@code troly.report.poll-interval}: every unit's due summary and reminders. */
	public static void poll(ApplicationContext context) {
		context.getBean(ReportScheduler.class).poll();
	}

	/** The week a summary posted at the instant is recorded under ("2026-W48"). */
	public static String weekKey(Instant instant) {
		return WeeklySlot.weekKey(instant.atZone(TroLyCchcApplication.ZONE));
	}
}
