package vn.cchc.troly.report;

import org.springframework.context.ApplicationContext;

import vn.cchc.troly.people.UnitScope;
import vn.cchc.troly.people.Units;
import vn.cchc.troly.progress.Explanations;

/**
 * One poll of the real {@link ReportScheduler} over an application's beans, for tests outside this
 * package (the scheduler itself is off in tests, so nothing polls behind their backs): every unit's
 * turn, then the province's.
 */
public final class SchedulerPoll {

	private SchedulerPoll() {
	}

	public static void poll(ApplicationContext context) {
		var scheduler = new ReportScheduler(context.getBean(Summaries.class), context.getBean(Reminders.class),
				context.getBean(Explanations.class), context.getBean(ProvinceDigests.class), context.getBean(Units.class),
				context.getBean(UnitScope.class), context.getBean(ReportSettings.class));
		try {
			scheduler.poll();
		}
		finally {
			scheduler.stop();
		}
	}
}
