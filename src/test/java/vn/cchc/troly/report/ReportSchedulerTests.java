package vn.cchc.troly.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.calls;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import vn.cchc.troly.people.Unit;
import vn.cchc.troly.people.UnitId;
import vn.cchc.troly.people.UnitScope;
import vn.cchc.troly.people.Units;
import vn.cchc.troly.progress.Explanations;

class ReportSchedulerTests {

	private final Summaries summaries = mock(Summaries.class);
	private final Reminders reminders = mock(Reminders.class);
	private final Explanations explanations = mock(Explanations.class);
	private final ProvinceDigests digests = mock(ProvinceDigests.class);
	private final Units units = mock(Units.class);
	private final UnitScope scope = mock(UnitScope.class);
	private final Unit unit = new Unit(1L, "UBND xã Phổ Châu", "Asia/Ho_Chi_Minh", null, null, null);

	ReportSchedulerTests() {
		when(units.all()).thenReturn(List.of(unit));
		doAnswer(call -> {
			call.<Runnable>getArgument(1).run();
			return null;
		}).when(scope).run(any(UnitId.class), any(Runnable.class));
	}

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withBean(Summaries.class, () -> summaries)
		.withBean(Reminders.class, () -> reminders)
		.withBean(Explanations.class, () -> explanations)
		.withBean(ProvinceDigests.class, () -> digests)
		.withBean(Units.class, () -> units)
		.withBean(UnitScope.class, () -> scope)
		.withBean(ReportSettings.class, ReportSettings::defaults)
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
		when(summaries.postIfDue(unit)).thenThrow(new IllegalStateException("database away"));
		when(reminders.sendIfDue(unit)).thenReturn(new ReminderRun(List.of(), List.of()));

		new ReportScheduler(summaries, reminders, explanations, digests, units, scope, ReportSettings.defaults()).poll();

		verify(reminders).sendIfDue(unit);
		verify(explanations).remindUnanswered();
		verify(digests).postIfDue();
	}

	@Test
	void pollsOnceTheApplicationIsReady() {
		when(summaries.postIfDue(unit)).thenReturn(Optional.empty());
		when(reminders.sendIfDue(unit)).thenReturn(new ReminderRun(List.of(), List.of()));

		new ReportScheduler(summaries, reminders, explanations, digests, units, scope, ReportSettings.defaults()).onReady();

		verify(summaries).postIfDue(unit);
		verify(reminders).sendIfDue(unit);
	}

	@Test
	void theProvinceDigestComesAfterEveryUnitsTurn() {
		var other = new Unit(2L, "UBND xã Phổ An", "Asia/Ho_Chi_Minh", null, null, null);
		when(units.all()).thenReturn(List.of(unit, other));
		when(summaries.postIfDue(any(Unit.class))).thenReturn(Optional.empty());
		when(reminders.sendIfDue(any(Unit.class))).thenReturn(new ReminderRun(List.of(), List.of()));
		when(digests.postIfDue()).thenReturn(Optional.empty());
		var scheduler = new ReportScheduler(summaries, reminders, explanations, digests, units, scope,
				ReportSettings.defaults());

		scheduler.poll();
		scheduler.stop();

		var order = inOrder(summaries, digests);
		order.verify(summaries, calls(2)).postIfDue(any(Unit.class));
		order.verify(digests).postIfDue();
		verify(explanations, times(2)).remindUnanswered();
	}

	@Test
	void aFailingDigestIsLeftForTheNextPoll() {
		when(summaries.postIfDue(unit)).thenReturn(Optional.empty());
		when(reminders.sendIfDue(unit)).thenReturn(new ReminderRun(List.of(), List.of()));
		when(digests.postIfDue()).thenThrow(new IllegalStateException("database away"));

		new ReportScheduler(summaries, reminders, explanations, digests, units, scope, ReportSettings.defaults()).poll();

		verify(digests).postIfDue();
	}

	@Test
	void aUnitWhoseSummaryCannotBeComposedDoesNotStopTheOthers() {
		var units = List.of(new Unit(11L, "UBND xã Một", "Asia/Ho_Chi_Minh", null, null, null),
				new Unit(12L, "UBND xã Hai", "Asia/Ho_Chi_Minh", null, null, null),
				new Unit(13L, "UBND xã Ba", "Asia/Ho_Chi_Minh", null, null, null),
				new Unit(14L, "UBND xã Bốn", "Asia/Ho_Chi_Minh", null, null, null));
		when(this.units.all()).thenReturn(units);
		// Each unit's work runs in that unit's scope: recorded by the unit the scope was bound to.
		var bound = new ThreadLocal<UnitId>();
		doAnswer(call -> {
			bound.set(call.getArgument(0));
			try {
				call.<Runnable>getArgument(1).run();
			}
			finally {
				bound.remove();
			}
			return null;
		}).when(scope).run(any(UnitId.class), any(Runnable.class));
		Map<Long, String> posted = new ConcurrentHashMap<>();
		for (var each : units) {
			when(summaries.postIfDue(each)).thenAnswer(call -> {
				if (each.id() == 12L) {
					throw new IllegalStateException("a plan the composer cannot read");
				}
				if (posted.containsKey(each.id())) {
					return Optional.empty();
				}
				posted.put(bound.get().value(), Thread.currentThread().getName());
				return Optional.of(new PostOutcome.Posted(each.id() * 10, -each.id(), "2026-W48"));
			});
			when(reminders.sendIfDue(each)).thenReturn(new ReminderRun(List.of(), List.of()));
		}
		var settings = new ReportSettings(null, null, null, null, null, null, null, 2);
		var scheduler = new ReportScheduler(summaries, reminders, explanations, digests, this.units, scope, settings);
		try {
			scheduler.poll();

			assertThat(posted).as("every other unit's summary posted, in its own scope")
				.containsOnlyKeys(11L, 13L, 14L);
			assertThat(Set.copyOf(posted.values())).as("on the scheduler's pool, not the caller's thread")
				.allMatch(name -> name.startsWith("report-unit-"));
			// The charts of the summaries just recorded go first: reminders and notices at the next poll.
			verify(reminders, never()).sendIfDue(any());

			scheduler.poll();
		}
		finally {
			scheduler.stop();
		}
		for (var each : units) {
			verify(reminders).sendIfDue(each);
		}
	}
	@Test
	void thePollBeforeTheSlotRehearsesOneUnitsSummaryOnce() {
		var other = new Unit(2L, "UBND xã Phổ An", "Asia/Ho_Chi_Minh", null, null, null);
		when(units.all()).thenReturn(List.of(unit, other));
		nothingDue();
		when(summaries.comesWithin(any(Unit.class), eq(Duration.ofSeconds(60)))).thenReturn(true);
		// The first unit has no leadership group: nothing to rehearse there.
		when(summaries.rehearse(unit)).thenReturn(false);
		when(summaries.rehearse(other)).thenReturn(true);
		polls(2);

		verify(summaries).rehearse(unit);
		verify(summaries).rehearse(other);
	}

	@Test
	void aFailedRehearsalDoesNotStopThePollAndIsTriedAgain() {
		nothingDue();
		when(summaries.comesWithin(unit, Duration.ofSeconds(60))).thenReturn(true);
		when(summaries.rehearse(unit)).thenThrow(new IllegalStateException("database away")).thenReturn(true);
		polls(3);

		verify(summaries, times(2)).rehearse(unit);
		verify(reminders, times(3)).sendIfDue(unit);
	}

	@Test
	void noRehearsalOnceThisProcessPostedASummary() {
		when(summaries.postIfDue(unit)).thenReturn(Optional.of(new PostOutcome.Posted(10, -1, "2026-W48")))
			.thenReturn(Optional.empty());
		when(reminders.sendIfDue(unit)).thenReturn(new ReminderRun(List.of(), List.of()));
		when(summaries.comesWithin(unit, Duration.ofSeconds(60))).thenReturn(true);
		polls(2);

		verify(summaries, never()).rehearse(any());
	}

	/** A scheduler with the default settings, polled that many times. */
	private void polls(int times) {
		var scheduler = new ReportScheduler(summaries, reminders, explanations, digests, units, scope,
				ReportSettings.defaults());
		try {
			for (int i = 0; i < times; i++) {
				scheduler.poll();
			}
		}
		finally {
			scheduler.stop();
		}
	}

	private void nothingDue() {
		when(summaries.postIfDue(any(Unit.class))).thenReturn(Optional.empty());
		when(reminders.sendIfDue(any(Unit.class))).thenReturn(new ReminderRun(List.of(), List.of()));
		when(digests.postIfDue()).thenReturn(Optional.empty());
	}
}
