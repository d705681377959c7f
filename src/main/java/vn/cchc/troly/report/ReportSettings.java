package vn.cchc.troly.report;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.scheduling.support.CronExpression;

import vn.cchc.troly.people.Unit;

/**
 * Settings of the report module ({@code troly.report.*}); the reporting period and the status
 * margin belong to the progress module ({@code troly.progress.*}). Cron expressions are Spring's
 * six fields (second minute hour day month weekday), read in Asia/Ho_Chi_Minh.
 *
 * @param summaryCron when the weekly summary is due each week (default Friday 16:00: {@code 0 0 16 * * FRI})
 * @param reminderCron when leads who have not reported this period are reminded (default Thursday 09:00)
 * @param deadlineNoticeDays how many days before an item's deadline its leads get a notice (default 7 and 1)
 * @param muteFor how long /tamdung mutes reminders (default 7 days)
 * @param pollInterval how often the scheduler looks for a due summary or reminder (default 60 s)
 * @param schedulingEnabled whether the scheduler runs at all (default true; tests switch it off)
 * @param summaryLines at most this many lines in each list of the weekly summary (default 8)
 * @param unitsAtOnce how many units' summaries and reminders are composed at once (default: the
 *        processors, at least 2); the sending is paced by the transport whatever this is
 */
@ConfigurationProperties("troly.report")
public record ReportSettings(String summaryCron, String reminderCron, List<Integer> deadlineNoticeDays,
		Duration muteFor, Duration pollInterval, Boolean schedulingEnabled, Integer summaryLines,
		Integer unitsAtOnce) {

	public ReportSettings {
		summaryCron = summaryCron == null || summaryCron.isBlank() ? "0 0 16 * * FRI" : summaryCron.strip();
		reminderCron = reminderCron == null || reminderCron.isBlank() ? "0 0 9 * * THU" : reminderCron.strip();
		// A bad expression stops the application at start, not silently on Friday.
		CronExpression.parse(summaryCron);
		CronExpression.parse(reminderCron);
		deadlineNoticeDays = deadlineNoticeDays == null ? List.of(7, 1)
				: deadlineNoticeDays.stream().filter(d -> d != null && d >= 0).distinct()
					.sorted(Comparator.reverseOrder()).toList();
		muteFor = muteFor == null ? Duration.ofDays(7) : muteFor;
		pollInterval = pollInterval == null ? Duration.ofSeconds(60) : pollInterval;
		schedulingEnabled = schedulingEnabled == null || schedulingEnabled;
		summaryLines = summaryLines == null || summaryLines < 1 ? 8 : summaryLines;
		unitsAtOnce = unitsAtOnce == null || unitsAtOnce < 1 ? Math.max(2, Runtime.getRuntime().availableProcessors())
				: unitsAtOnce;
	}

	static ReportSettings defaults() {
		return new ReportSettings(null, null, null, null, null, null, null, null);
	}

	WeeklySlot summarySlot() {
		return WeeklySlot.of(summaryCron);
	}

	WeeklySlot reminderSlot() {
		return WeeklySlot.of(reminderCron);
	}

	/** The unit's own summary time, else the installation's. */
	WeeklySlot summarySlot(Unit unit) {
		return unit == null || unit.summaryCron() == null ? summarySlot() : WeeklySlot.of(unit.summaryCron());
	}

	/** The unit's own reminder time, else the installation's. */
	WeeklySlot reminderSlot(Unit unit) {
		return unit == null || unit.reminderCron() == null ? reminderSlot() : WeeklySlot.of(unit.reminderCron());
	}
}
