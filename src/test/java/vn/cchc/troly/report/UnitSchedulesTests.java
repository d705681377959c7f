package vn.cchc.troly.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.cchc.troly.chat.ChatTest;
import vn.cchc.troly.chat.OwnDatabase;
import vn.cchc.troly.people.InviteOutcome;
import vn.cchc.troly.people.Official;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.RedeemOutcome;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.people.UnitId;
import vn.cchc.troly.people.UnitScope;
import vn.cchc.troly.people.Units;
import vn.cchc.troly.plan.PlanManagement;
import vn.cchc.troly.progress.Explanations;
import vn.cchc.troly.progress.ProgressManagement;
import vn.cchc.troly.sandbox.BotMessage;
import vn.cchc.troly.sandbox.ChatUser;
import vn.cchc.troly.sandbox.GroupChat;

/**
 * Two communes in one installation, through the real scheduler's poll: each leadership group gets
 * its own unit's summary at its own unit's time (UBND phường Khác has its own summary and reminder
 * times), what "changed since last week" counts from is the unit's own last summary, and reminders
 * go to each unit's own leads at that unit's time.
 */
@OwnDatabase("unit_schedules")
class UnitSchedulesTests extends ChatTest {

	@Autowired
	Summaries summaries;
	@Autowired
	Reminders reminders;
	@Autowired
	Explanations explanations;
	@Autowired
	ProvinceDigests digests;
	@Autowired
	Units units;
	@Autowired
	UnitScope scope;
	@Autowired
	ReportSettings settings;
	@Autowired
	PlanManagement plans;
	@Autowired
	PeopleManagement people;
	@Autowired
	ProgressManagement progress;
	@Autowired
	LeadershipGroup leadership;
	@Autowired
	JdbcClient jdbc;

	private ReportScheduler scheduler;

	@AfterEach
	void stopTheScheduler() {
		if (scheduler != null) {
			scheduler.stop();
		}
	}

	@Test
	void eachUnitsGroupGetsItsOwnSummaryAtItsOwnTimeAndRemindersGoToItsOwnLeads() {
		// Both units' plans and people since May: by June every item waits for a report (⏰).
		clock.setLocal("2024-05-01T09:00");
		seedPlan();
		var phoChau = units.find("UBND xã Phổ Châu").orElseThrow().unitId();
		var khac = units.add("UBND phường Khác").unitId();
		scope.run(khac, () -> plans.importPlan(Path.of("src/test/resources/plans/pho-chau-2024.txt"), "UBND phường Khác"));
		// Phường Khác writes its summary on Thursday 10:30 and reminds on Wednesday 08:00.
		units.setSchedule(khac, "0 30 10 * * THU", "0 0 8 * * WED");
		var an = someone("An PhoChau", "vi");
		var binh = someone("Bình PKHAC", "vi");
		var anOfficial = joins(phoChau, an, "Văn phòng - Thống kê", Role.OFFICIAL);
		var binhOfficial = joins(khac, binh, "Văn phòng - Thống kê", Role.OFFICIAL);
		List.of(an, binh).forEach(user -> telegram.users().opensChat(user));
		var phoChauGroup = someGroup("Lãnh đạo xã Phổ Châu");
		var khacGroup = someGroup("Lãnh đạo phường Khác");
		scope.run(phoChau, () -> leadership.set(phoChauGroup.id(), phoChauGroup.title(), null));
		scheduler = new ReportScheduler(summaries, reminders, explanations, digests, units, scope, settings);

		// Week 23: Phổ Châu's summary goes out; phường Khác has no group yet.
		clock.setLocal("2024-06-07T16:05");
		scheduler.poll();
		var firstSummary = awaitSummaryIn(phoChauGroup);
		// A poll that recorded a summary leaves reminders and notices to the next one, a minute later.
		clock.setLocal("2024-06-07T16:06");
		scheduler.poll();
		scope.run(khac, () -> leadership.set(khacGroup.id(), khacGroup.title(), null));

		// Monday of week 24: each lead reports 2.2, a figure of their own.
		clock.setLocal("2024-06-10T09:00");
		scope.run(phoChau, () -> progress.recordFigure(anOfficial, "2.2", "97,5"));
		scope.run(khac, () -> progress.recordFigure(binhOfficial, "2.2", "91,37"));

		// Wednesday 08:30: phường Khác's reminder time, not Phổ Châu's (Thursday 09:00), nor anyone's summary.
		clock.setLocal("2024-06-12T08:30");
		scheduler.poll();
		assertThat(remindedIn("2024-W24")).containsExactly(binh.id());
		assertThat(sentSummaries(khac)).isZero();
		var binhsReminder = probe.awaitMessageTo(binh.id(), m -> m.text() != null && m.text().contains("Nhắc")
				&& m.messageId() > 1 && m.buttonData().contains("rep:3.4") && !m.buttonData().contains("rep:2.2"), WAIT);
		assertThat(binhsReminder.buttonData()).as("his own unit's items, 2.2 reported").contains("rep:1.2", "rep:3.4")
			.doesNotContain("rep:2.2");

		// Thursday 10:40: phường Khác's summary, to its group only, and Phổ Châu's reminders.
		clock.setLocal("2024-06-13T10:40");
		scheduler.poll();
		var khacSummary = awaitSummaryIn(khacGroup);
		assertThat(remindedIn("2024-W24")).as("Phổ Châu's reminders wait for the poll after a summary")
			.containsExactly(binh.id());
		clock.setLocal("2024-06-13T10:41");
		scheduler.poll();
		assertThat(khacSummary.text()).contains("91,37").doesNotContain("97,5").contains("Bình PKHAC")
			.doesNotContain("PhoChau");
		assertThat(remindedIn("2024-W24")).containsExactlyInAnyOrder(binh.id(), an.id());
		assertThat(sentSummaries(phoChau)).as("Phổ Châu's week 23 only").isEqualTo(1);
		assertThat(summaryOf(khac, "2024-W24").comparedWithWeek())
			.as("phường Khác's first summary: nothing of its own to compare with, Phổ Châu's is not its own").isNull();

		// Friday 16:00: Phổ Châu's summary, to its group only; phường Khác's week is done.
		clock.setLocal("2024-06-14T16:00");
		scheduler.poll();
		var phoChauSummary = probe.awaitMessageTo(phoChauGroup.id(), m -> "text".equals(m.kind())
				&& m.messageId() != firstSummary.messageId() && m.text().contains("Tổng hợp tuần"), WAIT);
		assertThat(phoChauSummary.text()).contains("97,5").doesNotContain("91,37").doesNotContain("PKHAC");
		assertThat(summaryOf(phoChau, "2024-W24").comparedWithWeek()).isEqualTo("2024-W23");
		assertThat(sentSummaries(khac)).isEqualTo(1);
		assertThat(sentSummaries(phoChau)).isEqualTo(2);
		assertThat(telegram.messagesIn(khacGroup.id())).filteredOn(m -> m.text() != null && m.text().contains("Tổng hợp tuần"))
			.hasSize(1);
		assertThat(remindedIn("2024-W24")).as("nobody twice, nobody of the other unit")
			.containsExactlyInAnyOrder(binh.id(), an.id());
	}

	private BotMessage awaitSummaryIn(GroupChat group) {
		return probe.awaitMessageTo(group.id(), m -> "text".equals(m.kind()) && m.text().contains("Tổng hợp tuần"), WAIT);
	}

	/** Registered in the unit through an invite of that unit. */
	private Official joins(UnitId unit, ChatUser user, String position, Role role) {
		return scope.within(unit, () -> {
			var invite = (InviteOutcome.Created) people.createInvite(position, role, null);
			return ((RedeemOutcome.Registered) people.redeem(invite.code(), user.id(), user.firstName(), user.username()))
				.official();
		});
	}

	/** The Telegram users reminded for not reporting in the week. */
	private List<Long> remindedIn(String weekKey) {
		return jdbc.sql("""
				select o.telegram_user_id from reminder r join official o on o.id = r.official_id
				where r.kind = 'PERIOD' and r.period_key = :week order by r.id
				""").param("week", weekKey).query(Long.class).list();
	}

	private int sentSummaries(UnitId unit) {
		return jdbc.sql("select count(*) from sent_summary where unit_id = :unit").param("unit", unit.value())
			.query(Integer.class).single();
	}

	private WeeklySummary summaryOf(UnitId unit, String weekKey) {
		var id = jdbc.sql("select id from sent_summary where unit_id = :unit and week_key = :week")
			.param("unit", unit.value()).param("week", weekKey).query(Long.class).single();
		return summaries.summary(id).orElseThrow();
	}
}
