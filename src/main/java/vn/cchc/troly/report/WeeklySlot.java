package vn.cchc.troly.report;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

import org.springframework.scheduling.support.CronExpression;

/**
 * A job that runs once a week at a cron time (the Friday summary, the Thursday reminders).
 * The job is due from its slot until the week ends, so a bot that was down at 16:00 on Friday
 * still posts when it comes back on Saturday, and the week's key makes it happen only once.
 */
record WeeklySlot(CronExpression cron) {

	static WeeklySlot of(String cron) {
		return new WeeklySlot(CronExpression.parse(cron));
	}

	/** This week's slot if it has come by {@code now}; weeks start on Monday 00:00. */
	Optional<ZonedDateTime> due(ZonedDateTime now) {
		var weekStart = now.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).truncatedTo(ChronoUnit.DAYS);
		var slot = cron.next(weekStart.minusNanos(1));
		return slot != null && !slot.isAfter(now) && slot.isBefore(weekStart.plusWeeks(1)) ? Optional.of(slot)
				: Optional.empty();
	}

	/** The ISO week a moment falls in, "2026-W48": one summary per group per key. */
	static String weekKey(ZonedDateTime moment) {
		return "%d-W%02d".formatted(moment.get(IsoFields.WEEK_BASED_YEAR), moment.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}
}
