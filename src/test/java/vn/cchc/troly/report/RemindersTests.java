package vn.cchc.troly.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.cchc.troly.RepositoryTest;
import vn.cchc.troly.TestClock;

@RepositoryTest
@Import(ReportTestConfiguration.class)
@RecordApplicationEvents
class RemindersTests {

	@Autowired Reminders reminders;
	@Autowired TestClock clock;
	@Autowired JdbcTemplate jdbc;
	@Autowired ApplicationEvents events;

	@Autowired ReportScenario scenario;

	@BeforeEach
	void givenThePlanAndTheWeekSoFar() {
		scenario.givenThePlanAndItsPeople()
			.givenTheWeekSoFar(null);
		// Quang paused his reminders on Friday morning, for a week.
		scenario.at("2026-11-27T08:00");
		assertThat(reminders.mute(scenario.quang.officialId())).contains(clock.instant().plus(java.time.Duration.ofDays(7)));
		scenario.at("2026-11-27T16:00");
		events.clear();
	}

	@Test
	void notBeforeThursdayAtNine() {
		scenario.at("2026-11-26T08:59");

		var run = reminders.sendIfDue();

		assertThat(run.sent()).extracting(ReminderRun.Sent::kind).doesNotContain(ReminderKind.PERIOD);
	}

	@Test
	void eachLeadWhoHasNotReportedGetsOneMessageListingTheirItems() {
		var run = reminders.sendIfDue();

		assertThat(run.sent()).filteredOn(sent -> sent.kind() == ReminderKind.PERIOD)
			.extracting(ReminderRun.Sent::name, ReminderRun.Sent::itemCodes)
			.containsExactly(tuple("Lan", List.of("3.4")), tuple("Minh", List.of("1.1")));
		assertThat(run.skipped()).extracting(ReminderRun.Skipped::name, ReminderRun.Skipped::reason)
			.containsExactly(tuple("Quang", ReminderRun.Reason.MUTED));
		assertThat(events.stream(ReminderIssued.class).filter(e -> e.kind() == ReminderKind.PERIOD))
			.extracting(ReminderIssued::telegramUserId, ReminderIssued::itemCodes)
			.containsExactly(tuple(101L, List.of("3.4")), tuple(102L, List.of("1.1")));
		// Tâm reported, Bình has left, Hoa and Chi lead nothing, Quang is muted.
		assertThat(events.stream(ReminderIssued.class).map(ReminderIssued::officialId))
			.doesNotContain(scenario.binh.id(), scenario.hoa.id(), scenario.chi.id(), scenario.quang.id());
	}

	@Test
	void aSecondRunSendsNothing() {
		reminders.sendIfDue();
		events.clear();

		var again = reminders.sendIfDue();
		var byHand = reminders.sendNow();

		assertThat(again.sent()).isEmpty();
		assertThat(byHand.sent()).isEmpty();
		assertThat(byHand.skipped()).extracting(ReminderRun.Skipped::name, ReminderRun.Skipped::reason)
			.containsExactly(tuple("Lan", ReminderRun.Reason.ALREADY_REMINDED),
					tuple("Minh", ReminderRun.Reason.ALREADY_REMINDED), tuple("Quang", ReminderRun.Reason.MUTED));
		assertThat(events.stream(ReminderIssued.class)).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from reminder where kind = 'PERIOD'", Integer.class)).isEqualTo(2);
	}

	@Test
	void anItemPastItsDeadlineAndNotMetTellsItsLeadOnce() {
		var run = reminders.sendIfDue();

		assertThat(run.sent()).filteredOn(sent -> sent.kind() == ReminderKind.OVERDUE)
			.extracting(ReminderRun.Sent::name, ReminderRun.Sent::itemCodes)
			.containsExactly(tuple("Tâm", List.of("3.1")));
		var overdue = run.sent().stream().filter(sent -> sent.kind() == ReminderKind.OVERDUE).findFirst().orElseThrow();
		var details = reminders.details(overdue.reminderId()).orElseThrow();
		assertThat(details.deadline()).isEqualTo(ReportScenario.DEADLINE_31);
		assertThat(details.items()).extracting(s -> s.item().code()).containsExactly("3.1");

		scenario.at("2026-11-30T09:00");
		assertThat(reminders.sendIfDue().sent()).isEmpty();
	}

	@Test
	void noticesSevenAndOneDayBeforeTheDeadlineEachOnceGroupedPerLead() {
		// Week 52: the year's deadline, 31/12, is seven days away.
		scenario.at("2026-12-24T10:00");
		var sevenDays = reminders.sendIfDue().sent().stream().filter(s -> s.kind() == ReminderKind.DEADLINE).toList();

		assertThat(sevenDays).extracting(ReminderRun.Sent::name, ReminderRun.Sent::daysBefore, ReminderRun.Sent::itemCodes)
			.containsExactlyInAnyOrder(tuple("Lan", 7, List.of("1.2", "2.2", "3.4")), tuple("Minh", 7, List.of("1.1")),
					tuple("Quang", 7, List.of("3.2")));
		assertThat(reminders.details(sevenDays.get(0).reminderId()).orElseThrow().deadline())
			.isEqualTo(LocalDate.of(2026, 12, 31));

		scenario.at("2026-12-28T10:00");
		assertThat(reminders.sendIfDue().sent()).as("4 days left: the 7-day notice went already").isEmpty();

		scenario.at("2026-12-30T10:00");
		assertThat(reminders.sendIfDue().sent()).extracting(ReminderRun.Sent::name, ReminderRun.Sent::daysBefore)
			.containsExactlyInAnyOrder(tuple("Lan", 1), tuple("Minh", 1), tuple("Quang", 1));

		scenario.at("2026-12-31T10:00");
		assertThat(reminders.sendIfDue().sent()).as("Thursday's PERIOD reminders only")
			.extracting(ReminderRun.Sent::kind).containsOnly(ReminderKind.PERIOD);
	}

	@Test
	void aMetItemGetsNoDeadlineNotice() {
		scenario.figure(scenario.lan, "2.2", "99");
		scenario.at("2026-12-24T10:00");

		assertThat(reminders.sendIfDue().sent()).filteredOn(s -> s.name().equals("Lan"))
			.filteredOn(s -> s.kind() == ReminderKind.DEADLINE)
			.extracting(ReminderRun.Sent::itemCodes)
			.containsExactly(List.of("1.2", "3.4"));
	}

	@Test
	void aMuteEndsAfterAWeek() {
		scenario.at("2026-12-04T10:00");

		assertThat(reminders.sendIfDue().sent()).filteredOn(s -> s.kind() == ReminderKind.PERIOD)
			.extracting(ReminderRun.Sent::name).contains("Quang");
	}

	@Test
	void aPeriodReminderDetailsItsItemsForTheReportButtons() {
		var lan = reminders.sendIfDue().sent().stream().filter(s -> s.name().equals("Lan")).findFirst().orElseThrow();

		var details = reminders.details(lan.reminderId()).orElseThrow();

		assertThat(details.kind()).isEqualTo(ReminderKind.PERIOD);
		assertThat(details.officialId()).isEqualTo(scenario.lan.id());
		assertThat(details.deadline()).isNull();
		assertThat(details.items()).extracting(s -> s.item().code(), s -> s.latest().value().intValue())
			.containsExactly(tuple("3.4", 50));
	}
}
