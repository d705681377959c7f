package vn.cchc.troly.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import vn.cchc.troly.PlanFixture;
import vn.cchc.troly.RepositoryTest;
import vn.cchc.troly.TroLyCchcApplication;
import vn.cchc.troly.progress.DocumentFacts;
import vn.cchc.troly.progress.EvidenceKeeping;
import vn.cchc.troly.progress.EvidenceKind;
import vn.cchc.troly.progress.EvidenceOutcome;
import vn.cchc.troly.progress.EvidenceRequest;
import vn.cchc.troly.progress.ItemStatus.Status;
import vn.cchc.troly.progress.ProgressManagement;

@RepositoryTest
@Import(ReportTestConfiguration.class)
class ReportQueriesTests {

	@Autowired ReportQueries queries;
	@Autowired Reminders reminders;
	@Autowired LeadershipGroup leadership;
	@Autowired ProgressManagement progress;
	@Autowired EvidenceKeeping keeping;

	@Autowired ReportScenario scenario;

	@BeforeEach
	void givenThePlanAndTheWeekSoFar() {
		scenario.givenThePlanAndItsPeople()
			.givenTheWeekSoFar(null);
	}

	@Test
	void theWholePlanAtAGlanceBySection() {
		var overview = queries.overview();

		assertThat(overview.today()).isEqualTo(LocalDate.of(2026, 11, 27));
		assertThat(overview.planTitle()).startsWith("Khắc phục những hạn chế");
		assertThat(overview.counts()).isEqualTo(new StatusCounts(8, 1, 2, 2, 3, 0, 1, 4));
		assertThat(overview.sections()).extracting(PlanOverview.Section::code, PlanOverview.Section::title)
			.containsExactly(tuple("1", "Công tác chỉ đạo, điều hành cải cách hành chính"),
					tuple("2", "Cải cách thủ tục hành chính"),
					tuple("3", "Xây dựng và phát triển chính quyền điện tử, chính quyền số"),
					tuple("4", PlanFixture.SECTIONS.get(3).title()));
		var section3 = overview.sections().get(2).items();
		assertThat(section3).extracting(PlanOverview.Line::code).containsExactly("3.1", "3.2", "3.4", "3.5");
		var payments = section3.get(2);
		assertThat(payments.situation().status().status()).isEqualTo(Status.NOT_MET);
		assertThat(payments.situation().latest().value()).isEqualByComparingTo("50");
		assertThat(payments.situation().lastReportOn(TroLyCchcApplication.ZONE)).isEqualTo(LocalDate.of(2026, 11, 10));
		assertThat(payments.leads()).containsExactly("Lan");
		assertThat(section3.get(3).leads()).isEmpty();
		assertThat(section3.get(3).leadPosition()).isEqualTo(ReportScenario.LAND);
	}

	@Test
	void oneItemInFull() {
		var evidence = keeping.keepLater(new EvidenceRequest(scenario.lan, "2.2", "file-1", "u-1",
				"so-theo-doi.pdf", "application/pdf", EvidenceKind.DOCUMENT, "Sổ theo dõi hồ sơ"),
				"not fetched in this test", DocumentFacts.NONE);
		assertThat(evidence).isInstanceOf(EvidenceOutcome.Recorded.class);

		var item = queries.item("2.2").orElseThrow();

		assertThat(item.situation().item().target().text()).isEqualTo("Đạt trên 98%");
		assertThat(item.situation().item().baseline().text()).isEqualTo("Đạt 95%");
		assertThat(item.situation().status().status()).isEqualTo(Status.NEAR);
		assertThat(item.situation().status().deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(item.deadlineSet()).isFalse();
		assertThat(item.leads()).containsExactly("Lan");
		assertThat(item.leadPosition()).isEqualTo(PlanFixture.OFFICE);
		assertThat(item.coordinating()).containsExactly(PlanFixture.ALL_STAFF, PlanFixture.ONE_STOP);
		assertThat(item.reports()).extracting(r -> r.figure().value().stripTrailingZeros().toPlainString(), r -> r.officialName())
			.containsExactly(tuple("97.5", "Lan"), tuple("95", "Lan"));
		assertThat(item.evidenceCount()).isEqualTo(1);
		assertThat(queries.item("3.1").orElseThrow().deadlineSet()).isTrue();
		assertThat(queries.item("9.9")).isEmpty();
	}

	@Test
	void whoHasNotReportedThisPeriodOnWhichItems() {
		reminders.mute(scenario.quang.officialId());

		var missing = queries.missingReports();

		assertThat(missing.from()).isEqualTo(LocalDate.of(2026, 11, 20));
		assertThat(missing.to()).isEqualTo(LocalDate.of(2026, 11, 27));
		assertThat(missing.reporters()).extracting(MissingReports.Reporter::name, MissingReports.Reporter::muted,
				r -> r.items().stream().map(MissingReports.ItemRef::code).toList())
			.containsExactly(tuple("Lan", false, List.of("3.4")), tuple("Minh", false, List.of("1.1")),
					tuple("Quang", true, List.of("3.2")));
		assertThat(missing.reporters().get(0).items().get(0).lastReportOn()).isEqualTo(LocalDate.of(2026, 11, 10));
		assertThat(missing.unled()).extracting(MissingReports.ItemRef::code).containsExactly("3.5");
	}

	@Test
	void theCoordinatorSetsADeadline() {
		var set = queries.setDeadline("2.2.", LocalDate.of(2026, 12, 15)).orElseThrow();

		assertThat(set.previous()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(set.deadline()).isEqualTo(LocalDate.of(2026, 12, 15));
		assertThat(queries.item("2.2").orElseThrow().situation().status().daysLeft()).isEqualTo(18);
		assertThat(queries.setDeadline("9.9", LocalDate.of(2026, 12, 15))).isEmpty();
	}

	@Test
	void theLeadershipGroupIsOneGroupAndSettingAnotherReplacesIt() {
		assertThat(leadership.current()).isEmpty();

		var first = leadership.set(-100L, "Lãnh đạo xã", scenario.hoa.id());
		assertThat(first.previous()).isNull();
		assertThat(first.replacedAnother()).isFalse();

		var second = leadership.set(-200L, "Thường trực Đảng ủy", scenario.hoa.id());
		assertThat(second.replacedAnother()).isTrue();
		assertThat(second.previous().title()).isEqualTo("Lãnh đạo xã");
		assertThat(leadership.current().orElseThrow().chatId()).isEqualTo(-200L);
		assertThat(leadership.isLeadershipGroup(-200L)).isTrue();
		assertThat(leadership.isLeadershipGroup(-100L)).isFalse();

		assertThat(leadership.set(-200L, "Thường trực Đảng ủy", scenario.hoa.id()).unchanged()).isTrue();
	}
}
