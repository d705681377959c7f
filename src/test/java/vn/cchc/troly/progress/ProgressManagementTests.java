package vn.cchc.troly.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.cchc.troly.PlanFixture;
import vn.cchc.troly.RepositoryTest;
import vn.cchc.troly.TestClock;
import vn.cchc.troly.people.Official;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.plan.Comparator;
import vn.cchc.troly.plan.Target;
import vn.cchc.troly.plan.TargetKind;
import vn.cchc.troly.progress.ItemStatus.Status;

@RepositoryTest
@Import(ProgressTestConfiguration.class)
@RecordApplicationEvents
class ProgressManagementTests {

	@Autowired ProgressManagement progress;
	@Autowired EvidenceKeeping keeping;
	@Autowired ItemSituation situations;
	@Autowired PeopleManagement people;
	@Autowired PlanFixture plan;
	@Autowired TestClock clock;
	@Autowired JdbcTemplate jdbc;
	@Autowired ApplicationEvents events;

	PlanFixture.Seed seed;
	/** Văn phòng - Thống kê: leads 1.2, 2.2 and 3.4. */
	Official lan;
	/** Thủ quỹ - Văn thư - lưu trữ and Văn hóa - xã hội: leads 1.1, supports 3.4. */
	Official minh;
	/** The coordinator, holding no position the plan names. */
	Official coordinator;

	@BeforeEach
	void givenTheSeedPlanAndItsPeople() {
		clock.setLocal("2026-05-20T09:00");
		seed = plan.seed();
		lan = register(1, "Lan", PlanFixture.OFFICE, Role.OFFICIAL);
		minh = register(2, "Minh", PlanFixture.TREASURER, Role.OFFICIAL);
		minh = register(2, "Minh", PlanFixture.CULTURE, Role.OFFICIAL);
		coordinator = register(3, "Hoa", "Chánh Văn phòng", Role.COORDINATOR);
	}

	@Test
	void aFigureJustUnderTheTargetIsStoredAndComesBackNearWithItsGap() {
		var first = recorded(progress.recordFigure(lan, "2.2", "97,5"));

		assertThat(first.item().code()).isEqualTo("2.2");
		assertThat(first.figure().value()).isEqualByComparingTo("97.5");
		assertThat(first.previous()).isNull();
		assertThat(first.change()).isNull();
		assertThat(first.target().value()).isEqualByComparingTo("98");
		assertThat(first.status().status()).isEqualTo(Status.NEAR);
		assertThat(first.status().gap()).isEqualByComparingTo("0.5");
		assertThat(first.status().progress()).isEqualByComparingTo("83");

		clock.advance(Duration.ofDays(1));
		var second = recorded(progress.recordFigure(lan, "2.2.", " 98.5% "));
		assertThat(second.previous().value()).isEqualByComparingTo("97.5");
		assertThat(second.change()).isEqualByComparingTo("1");
		assertThat(second.status().status()).isEqualTo(Status.MET);

		assertThat(jdbc.queryForObject("select count(*) from progress_report where kind = 'FIGURE'", Integer.class))
			.isEqualTo(2);
		assertThat(events.stream(ProgressRecorded.class))
			.extracting(ProgressRecorded::itemCode, ProgressRecorded::officialId, ProgressRecorded::kind)
			.containsExactly(tuple("2.2", lan.id(), ReportKind.FIGURE),
					tuple("2.2", lan.id(), ReportKind.FIGURE));
	}

	@Test
	void aFractionIsStoredAsItsTwoCounts() {
		var recorded = recorded(progress.recordFigure(lan, "2.2", "49/50"));

		assertThat(recorded.status().status()).isEqualTo(Status.NEAR);
		var row = jdbc.queryForMap("select figure_value, figure_numerator, figure_denominator from progress_report");
		assertThat((BigDecimal) row.get("figure_value")).isEqualByComparingTo("98");
		assertThat(row.get("figure_numerator")).isEqualTo(49L);
		assertThat(row.get("figure_denominator")).isEqualTo(50L);
		var latest = situations.situation("2.2").orElseThrow().latest();
		assertThat(latest.isFraction()).isTrue();
		assertThat(FigureFormat.format(latest, java.util.Locale.forLanguageTag("vi"))).isEqualTo("49/50 (98%)");
	}

	@Test
	void theLastReportCanBeUndoneWithinTheWindowAndStaysInTheHistoryMarked() {
		recorded(progress.recordFigure(lan, "2.2", "95"));
		clock.advance(Duration.ofMinutes(1));
		recorded(progress.recordFigure(lan, "2.2", "99"));
		clock.advance(Duration.ofMinutes(14));

		var undone = progress.undoLast(lan.officialId());

		assertThat(undone).isInstanceOfSatisfying(UndoOutcome.Undone.class, u -> {
			assertThat(u.kind()).isEqualTo(ReportKind.FIGURE);
			assertThat(u.figure().value()).isEqualByComparingTo("99");
			assertThat(u.status().status()).as("back to 95").isEqualTo(Status.NOT_MET);
		});
		assertThat(situations.situation("2.2").orElseThrow().latest().value()).isEqualByComparingTo("95");
		var history = progress.history("2.2").orElseThrow().entries();
		assertThat(history).extracting(e -> e.figure().value().stripTrailingZeros().toPlainString(), HistoryEntry::undone,
				HistoryEntry::officialName)
			.containsExactly(tuple("99", true, "Lan"),
					tuple("95", false, "Lan"));
		assertThat(history.get(0).undoneAt()).isEqualTo(clock.instant());
		assertThat(jdbc.queryForObject("select count(*) from progress_report", Integer.class)).as("nothing deleted")
			.isEqualTo(3);
		assertThat(events.stream(ProgressRecorded.class)).extracting(ProgressRecorded::kind)
			.containsExactly(ReportKind.FIGURE, ReportKind.FIGURE, ReportKind.UNDO);
	}

	@Test
	void afterTheUndoWindowNothingIsUndone() {
		recorded(progress.recordFigure(lan, "2.2", "96"));
		clock.advance(Duration.ofMinutes(15).plusSeconds(1));

		assertThat(progress.undoLast(lan.officialId())).isEqualTo(Refused.because(RefusalReason.UNDO_WINDOW_PASSED));
		assertThat(jdbc.queryForObject("select count(*) from progress_report", Integer.class)).isEqualTo(1);
		assertThat(situations.situation("2.2").orElseThrow().latest().value()).isEqualByComparingTo("96");
	}

	@Test
	void onlyOnesOwnReportsAreUndoneAndEachOnlyOnce() {
		recorded(progress.recordFigure(coordinator, "3.4", "70"));
		assertThat(progress.undoLast(lan.officialId())).isEqualTo(Refused.because(RefusalReason.NOTHING_TO_UNDO));

		recorded(progress.recordFigure(lan, "3.4", "72"));
		assertThat(progress.undoLast(lan.officialId())).isInstanceOf(UndoOutcome.Undone.class);
		assertThat(progress.undoLast(lan.officialId())).isEqualTo(Refused.because(RefusalReason.NOTHING_TO_UNDO));
		assertThat(situations.situation("3.4").orElseThrow().latest().value()).isEqualByComparingTo("70");
	}

	@Test
	void aReportNamedByIdIsUndoneOnlyWhenItIsTheOfficialsLatestWithinTheWindow() {
		var minhs = recorded(progress.recordFigure(coordinator, "3.4", "70"));
		var older = recorded(progress.recordFigure(lan, "3.4", "72"));
		clock.advance(Duration.ofMinutes(1));
		var latest = recorded(progress.recordFigure(lan, "3.4", "74"));

		assertThat(progress.undo(lan.officialId(), minhs.reportId())).as("someone else's")
			.isEqualTo(Refused.because(RefusalReason.NOTHING_TO_UNDO));
		assertThat(progress.undo(lan.officialId(), older.reportId())).as("not the latest")
			.isEqualTo(Refused.because(RefusalReason.NOTHING_TO_UNDO));
		assertThat(progress.undo(lan.officialId(), 987_654L)).as("no such report")
			.isEqualTo(Refused.because(RefusalReason.NOTHING_TO_UNDO));
		assertThat(jdbc.queryForObject("select count(*) from progress_report where kind = 'UNDO'", Integer.class))
			.isZero();

		assertThat(progress.undo(lan.officialId(), latest.reportId())).isInstanceOfSatisfying(UndoOutcome.Undone.class,
				u -> assertThat(u.cancelledReportId()).isEqualTo(latest.reportId()));
		assertThat(progress.undo(lan.officialId(), latest.reportId())).as("replayed")
			.isEqualTo(Refused.because(RefusalReason.NOTHING_TO_UNDO));
		assertThat(situations.situation("3.4").orElseThrow().latest().value()).isEqualByComparingTo("72");
	}

	@Test
	void aReportNamedByIdIsNotUndoneAfterTheWindow() {
		var report = recorded(progress.recordFigure(lan, "2.2", "96"));
		clock.advance(Duration.ofMinutes(15).plusSeconds(1));

		assertThat(progress.undo(lan.officialId(), report.reportId())).isEqualTo(Refused.because(RefusalReason.UNDO_WINDOW_PASSED));
		assertThat(jdbc.queryForObject("select count(*) from progress_report", Integer.class)).isEqualTo(1);
	}

	@Test
	void theLeadAndTheCoordinatorRecordFiguresCoordinatingOfficialsProposeThemAndLeadersDoNotReport() {
		var oneStopOnly = plan.addItem(seed, "9.1", 20,
				new Target("100%", TargetKind.PERCENT, Comparator.GE, new BigDecimal("100"), "%", false),
				PlanFixture.FINANCE, PlanFixture.TREASURER);
		var chairman = register(5, "Hùng", "Chủ tịch UBND xã", Role.LEADER);

		assertThat(progress.recordFigure(lan, oneStopOnly.code(), "90")).isEqualTo(Refused.because(RefusalReason.NOT_ALLOWED));
		assertThat(progress.recordNote(lan, oneStopOnly.code(), "đang làm", false))
			.isEqualTo(Refused.because(RefusalReason.NOT_ALLOWED));
		assertThat(progress.recordFigure(minh, oneStopOnly.code(), "90")).as("Thủ quỹ coordinates 9.1")
			.isInstanceOf(FigureOutcome.Proposed.class);
		assertThat(progress.recordFigure(coordinator, oneStopOnly.code(), "95")).isInstanceOf(FigureOutcome.Recorded.class);
		var lanWhoLeft = new Official(lan.id(), lan.telegramUserId(), lan.displayName(), lan.username(), false,
				lan.registeredAt(), lan.mutedUntil(), lan.unitId(), lan.roles(), lan.positions());
		assertThat(progress.recordFigure(lanWhoLeft, "2.2", "90")).as("no longer active")
			.isEqualTo(Refused.because(RefusalReason.NOT_ALLOWED));
		assertThat(progress.recordFigure(minh, "2.2", "90")).as("“Cán bộ, công chức xã” coordinates 2.2")
			.isInstanceOf(FigureOutcome.Proposed.class);
		assertThat(progress.recordNote(minh, "2.2", "Đã rà soát hồ sơ tháng 5", false))
			.isInstanceOf(NoteOutcome.Recorded.class);
		assertThat(progress.recordFigure(chairman, "2.2", "90")).isEqualTo(Refused.because(RefusalReason.LEADER_OVERSEES));
		assertThat(progress.recordNote(chairman, "2.2", "Đã chỉ đạo", false))
			.isEqualTo(Refused.because(RefusalReason.LEADER_OVERSEES));
		assertThat(keeping.refusal(chairman, "2.2")).contains(Refused.because(RefusalReason.LEADER_OVERSEES));
		assertThat(jdbc.queryForList("select kind from progress_report order by id", String.class))
			.containsExactly("PROPOSAL", "FIGURE", "PROPOSAL", "NOTE");
		// Minh's proposals count for nothing yet: 2.2 has no figure, 9.1 has the coordinator's.
		assertThat(situations.situation("2.2").orElseThrow().latest()).isNull();
		assertThat(situations.situation("9.1").orElseThrow().latest().value()).isEqualByComparingTo("95");
		// What chat buttons ask before prompting for a value.
		assertThat(progress.mayReport(lan, oneStopOnly.code())).isFalse();
		assertThat(progress.mayReport(minh, oneStopOnly.code())).isTrue();
		assertThat(progress.mayReport(coordinator, oneStopOnly.code())).isTrue();
		assertThat(progress.mayReport(chairman, "2.2")).isFalse();
		assertThat(progress.mayReport(lan, "99.9")).isFalse();
		assertThat(progress.standing(lan, "2.2")).isEqualTo(Standing.LEAD);
		assertThat(progress.standing(coordinator, "2.2")).isEqualTo(Standing.COORDINATOR);
		assertThat(progress.standing(minh, "2.2")).isEqualTo(Standing.SUPPORT);
		assertThat(progress.standing(chairman, "2.2")).isEqualTo(Standing.LEADER);
	}

	@Test
	void aProposalCountsOnlyOnceTheLeadConfirmsItAndStaysInTheHistoryEitherWay() {
		recorded(progress.recordFigure(lan, "2.2", "97,5"));
		clock.advance(Duration.ofMinutes(5));
		var proposed = (FigureOutcome.Proposed) progress.recordFigure(minh, "2.2", "90");
		assertThat(proposed.counted().value()).isEqualByComparingTo("97.5");
		assertThat(proposed.countedBy()).isEqualTo(new FigureBy("Lan", null));
		assertThat(proposed.deciders()).containsExactly("Lan");
		assertThat(events.stream(FigureProposed.class)).singleElement()
			.satisfies(e -> assertThat(e.askOfficialIds()).containsExactly(lan.id()));
		var mai = situations.situation("2.2").orElseThrow();
		assertThat(mai.latest().value()).as("Lan's 97,5 still counts").isEqualByComparingTo("97.5");
		assertThat(mai.latestBy()).isEqualTo(new FigureBy("Lan", null));

		assertThat(progress.confirmProposal(minh, proposed.reportId(), null)).as("not the lead")
			.isEqualTo(Refused.because(RefusalReason.NOT_THE_LEAD));
		clock.advance(Duration.ofMinutes(5));
		var confirmed = progress.confirmProposal(lan, proposed.reportId(), "update-9");
		assertThat(confirmed).isInstanceOfSatisfying(DecisionOutcome.Confirmed.class, c -> {
			assertThat(c.figure().value()).isEqualByComparingTo("90");
			assertThat(c.proposedBy()).isEqualTo("Minh");
			assertThat(c.status().status()).isEqualTo(Status.NOT_MET);
		});
		var now = situations.situation("2.2").orElseThrow();
		assertThat(now.latest().value()).isEqualByComparingTo("90");
		assertThat(now.latestBy()).isEqualTo(new FigureBy("Lan", "Minh"));
		assertThat(progress.declineProposal(lan, proposed.reportId(), null)).as("answered once")
			.isEqualTo(Refused.because(RefusalReason.PROPOSAL_DECIDED));
		assertThat(progress.undoLast(minh.officialId())).as("an answered proposal stays")
			.isEqualTo(Refused.because(RefusalReason.PROPOSAL_DECIDED));
		assertThat(events.stream(ProposalDecided.class)).singleElement().satisfies(e -> {
			assertThat(e.confirmed()).isTrue();
			assertThat(e.proposerId()).isEqualTo(minh.id());
		});

		clock.advance(Duration.ofMinutes(5));
		var second = (FigureOutcome.Proposed) progress.recordFigure(minh, "2.2", "99");
		var declined = progress.declineProposal(coordinator, second.reportId(), null);
		assertThat(declined).as("the coordinator may answer too").isInstanceOfSatisfying(DecisionOutcome.Declined.class,
				d -> {
					assertThat(d.counted().value()).isEqualByComparingTo("90");
					assertThat(d.status().status()).isEqualTo(Status.NOT_MET);
				});
		assertThat(situations.situation("2.2").orElseThrow().latest().value()).as("unchanged")
			.isEqualByComparingTo("90");

		var history = progress.history("2.2").orElseThrow().entries();
		assertThat(history).extracting(HistoryEntry::kind, e -> e.figure().value().stripTrailingZeros().toPlainString(),
				HistoryEntry::officialName, HistoryEntry::proposedBy, e -> e.answer() == null ? null : e.answer().confirmed())
			.containsExactly(tuple(ReportKind.PROPOSAL, "99", "Minh", null, false),
					tuple(ReportKind.FIGURE, "90", "Lan", "Minh", null),
					tuple(ReportKind.PROPOSAL, "90", "Minh", null, true),
					tuple(ReportKind.FIGURE, "97.5", "Lan", null, null));
		assertThat(history.get(0).answer().by()).isEqualTo("Hoa");
		assertThat(jdbc.queryForList("select kind from progress_report order by id", String.class))
			.as("append-only: the answers are reports too")
			.containsExactly("FIGURE", "PROPOSAL", "FIGURE", "PROPOSAL", "DECLINE");
	}

	@Test
	void theLeadIsToldOfTheCoordinatorsFigureButNotOfTheirOwn() {
		var told = recorded(progress.recordFigure(coordinator, "2.2", "96"));
		assertThat(told.toldLeads()).containsExactly("Lan");
		assertThat(events.stream(FigureFromOthers.class)).singleElement().satisfies(e -> {
			assertThat(e.reportId()).isEqualTo(told.reportId());
			assertThat(e.tellOfficialIds()).containsExactly(lan.id());
		});
		assertThat(recorded(progress.recordFigure(lan, "2.2", "97")).toldLeads()).isEmpty();
		assertThat(events.stream(FigureFromOthers.class)).hasSize(1);
	}

	@Test
	void aCountIsAWholeNumberAndMayCarryTheItemsUnit() {
		var finance = register(4, "Tâm", PlanFixture.FINANCE, Role.OFFICIAL);

		assertThat(progress.recordFigure(minh, "1.1", "2,5 sáng kiến"))
			.isEqualTo(new Refused(RefusalReason.BAD_FIGURE, FigureProblem.NOT_WHOLE));
		assertThat(recorded(progress.recordFigure(minh, "1.1", "2 sáng kiến")).figure().value()).isEqualByComparingTo("2");
		assertThat(recorded(progress.recordFigure(finance, "4", "15 hộ")).figure().value()).isEqualByComparingTo("15");
		assertThat(recorded(progress.recordFigure(finance, "4", "16 Hộ kinh doanh")).figure().value())
			.isEqualByComparingTo("16");
		assertThat(recorded(progress.recordFigure(finance, "4", "17 doanh nghiệp")).figure().value())
			.isEqualByComparingTo("17");
		assertThat(progress.recordFigure(finance, "4", "15 người"))
			.isEqualTo(new Refused(RefusalReason.BAD_FIGURE, FigureProblem.UNIT_MISMATCH));
		assertThat(progress.recordFigure(finance, "4", "15%"))
			.isEqualTo(new Refused(RefusalReason.BAD_FIGURE, FigureProblem.PERCENT_NOT_EXPECTED));
		assertThat(progress.recordFigure(lan, "2.2", "97,5 hồ sơ"))
			.isEqualTo(new Refused(RefusalReason.BAD_FIGURE, FigureProblem.UNIT_MISMATCH));
	}

	@Test
	void wrongInputIsRefusedWithAReasonAndNothingIsStored() {
		assertThat(progress.recordFigure(lan, "2.2", "abc"))
			.isEqualTo(new Refused(RefusalReason.BAD_FIGURE, FigureProblem.NOT_A_NUMBER));
		assertThat(progress.recordFigure(lan, "2.2", "150%"))
			.isEqualTo(new Refused(RefusalReason.BAD_FIGURE, FigureProblem.OVER_100_PERCENT));
		assertThat(progress.recordFigure(lan, "2.2", "٣"))
			.isEqualTo(new Refused(RefusalReason.BAD_FIGURE, FigureProblem.NON_ASCII_DIGITS));
		assertThat(progress.recordFigure(lan, "9.9", "97")).isEqualTo(Refused.because(RefusalReason.UNKNOWN_ITEM));
		assertThat(progress.recordFigure(lan, "1.2", "97"))
			.isEqualTo(Refused.because(RefusalReason.FIGURE_NOT_EXPECTED));
		assertThat(progress.recordNote(lan, "1.2", "   ", false)).isEqualTo(Refused.because(RefusalReason.EMPTY_NOTE));
		assertThat(progress.recordNote(lan, "1.2", "ồ".repeat(1001), false))
			.isEqualTo(Refused.because(RefusalReason.NOTE_TOO_LONG));
		assertThat(progress.undoLast(lan.officialId())).isEqualTo(Refused.because(RefusalReason.NOTHING_TO_UNDO));

		assertThat(jdbc.queryForObject("select count(*) from progress_report", Integer.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from evidence", Integer.class)).isZero();
		assertThat(events.stream(ProgressRecorded.class)).isEmpty();
	}

	@Test
	void aNoteOfTheFullLengthIsTakenAndADoneNoteMeetsAQualitativeItem() {
		var inProgress = progress.recordNote(lan, "1.2", "ồ".repeat(1000), false);
		assertThat(inProgress).isInstanceOfSatisfying(NoteOutcome.Recorded.class,
				n -> assertThat(n.status().status()).isEqualTo(Status.NEAR));

		var done = progress.recordNote(lan, "1.2", "Đã hoàn thành các nhiệm vụ quý II", true);
		assertThat(done).isInstanceOfSatisfying(NoteOutcome.Recorded.class,
				n -> assertThat(n.status().status()).isEqualTo(Status.MET));
		assertThat(situations.situation("1.2").orElseThrow().latestNote()).isEqualTo("Đã hoàn thành các nhiệm vụ quý II");
	}

	@Test
	void anIncreaseIsJudgedAgainstLastYearsFigure() {
		var finance = register(4, "Tâm", PlanFixture.FINANCE, Role.OFFICIAL);
		var first = recorded(progress.recordFigure(finance, "4", "12"));
		assertThat(first.status().status()).as("a figure, nothing to compare it with").isEqualTo(Status.NEAR);
		assertThat(first.status().missing()).isEqualTo(ItemStatus.Missing.NO_LAST_YEAR_FIGURE);

		var lastYear = recorded(progress.recordFigure(new FigureRequest(finance, "4", "10", true, "update-7")));
		assertThat(lastYear.lastYear()).isTrue();
		assertThat(lastYear.status().status()).isEqualTo(Status.MET);
		assertThat(situations.situation("4").orElseThrow().lastYear().value()).isEqualByComparingTo("10");
		assertThat(situations.situation("4").orElseThrow().latest().value()).isEqualByComparingTo("12");
	}

	@Test
	void figuresCountForTheYearTheyWereReportedIn() {
		clock.setLocal("2025-11-30T10:00");
		var finance = register(4, "Tâm", PlanFixture.FINANCE, Role.OFFICIAL);
		recorded(progress.recordFigure(lan, "2.2", "99"));
		recorded(progress.recordFigure(finance, "4", "10"));

		// Over a week after Lan got the position (20/05, before each test), so ⏰ can show.
		clock.setLocal("2026-05-28T09:00");
		var oneStop = situations.situation("2.2").orElseThrow();
		assertThat(oneStop.status().status()).isEqualTo(Status.NO_DATA);
		assertThat(oneStop.lastReportOn(clock.getZone())).isEqualTo(LocalDate.of(2025, 11, 30));
		assertThat(oneStop.status().stale()).isTrue();

		var businesses = recorded(progress.recordFigure(finance, "4", "11"));
		assertThat(businesses.status().status()).as("11 this year against 10 reported last year").isEqualTo(Status.MET);
	}

	@Test
	void myItemsListWhatTheOfficialLeadsThenWhatTheySupport() {
		recorded(progress.recordFigure(coordinator, "3.4", "70"));
		clock.advance(Duration.ofDays(1));

		var mine = progress.myItems(minh);

		assertThat(mine).extracting(m -> m.item().code(), MyItem::involvement)
			.containsExactly(tuple("1.1", Involvement.LEAD),
					tuple("3.4", Involvement.SUPPORT));
		var payment = mine.get(1);
		assertThat(payment.latest().value()).isEqualByComparingTo("70");
		assertThat(payment.status().status()).isEqualTo(Status.NOT_MET);
		assertThat(payment.target().value()).isEqualByComparingTo("75");
		assertThat(payment.deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(payment.daysLeft()).isEqualTo(224L);
		assertThat(payment.lastReportOn(clock.getZone())).isEqualTo(LocalDate.of(2026, 5, 20));
		assertThat(mine.get(0).status().status()).isEqualTo(Status.NO_DATA);

		assertThat(progress.myItems(lan)).extracting(m -> m.item().code()).containsExactly("1.2", "2.2", "3.4");
		assertThat(progress.myItems(coordinator)).isEmpty();
	}

	@Test
	void everyItemHasASituationInPlanOrder() {
		recorded(progress.recordFigure(lan, "2.2", "97,5"));

		assertThat(situations.situations()).extracting(s -> s.item().code(), s -> s.status().status())
			.containsExactly(tuple("1.1", Status.NO_DATA),
					tuple("1.2", Status.NO_DATA),
					tuple("2.2", Status.NEAR),
					tuple("3.4", Status.NO_DATA),
					tuple("4", Status.NO_DATA));
		assertThat(situations.situation("7.7")).isEmpty();
		assertThat(progress.history("7.7")).isEmpty();
	}

	@Test
	void whoHasNotReportedShowsWithoutALastReport() {
		recorded(progress.recordFigure(lan, "2.2", "97"));
		clock.advance(Duration.ofMinutes(1));
		assertThat(progress.recordFigure(minh, "3.4", "70")).isInstanceOf(FigureOutcome.Proposed.class);
		assertThat(progress.undoLast(minh.officialId())).as("a proposal not answered yet").isInstanceOf(UndoOutcome.Undone.class);

		assertThat(situations.lastReportsByOfficial())
			.extracting(OfficialLastReport::displayName, r -> r.lastReportAt() != null)
			.containsExactly(tuple("Hoa", false), tuple("Lan", true), tuple("Minh", false));
	}

	@Test
	void anItemIsStaleOnlyAWholePeriodAfterItsLeadGotThePositionAndThePlanWasImported() {
		// Lan got Văn phòng - Thống kê (2.2) today; nobody holds Tài chính - Kế toán (4); the plan came in 2024.
		assertThat(stale("2.2")).as("on Lan's first day").isFalse();
		assertThat(stale("4")).as("nobody leads it: counted from the plan's import, long ago").isTrue();

		clock.advance(Duration.ofDays(7));
		assertThat(stale("2.2")).as("exactly one period").isFalse();
		clock.advance(Duration.ofMinutes(1));
		assertThat(stale("2.2")).isTrue();

		// Minh, registered eight days ago, gets Tài chính - Kế toán by a second invite today: 4 counts from now.
		register(2, "Minh", PlanFixture.FINANCE, Role.OFFICIAL);
		assertThat(stale("4")).isFalse();
		// A holder who left does not keep the clock: Lan leaves, a new Văn phòng - Thống kê joins today.
		jdbc.update("update official set active = false where id = ?", lan.id());
		register(9, "Nga", PlanFixture.OFFICE, Role.OFFICIAL);
		assertThat(stale("2.2")).isFalse();

		clock.advance(Duration.ofDays(8));
		assertThat(stale("4")).isTrue();
		// The plan imported again today: every item has a period from its import.
		jdbc.update("update plan set imported_at = ? where id = ?", java.sql.Timestamp.from(clock.instant()),
				seed.plan().id());
		assertThat(stale("4")).isFalse();
		assertThat(stale("2.2")).isFalse();
	}

	private boolean stale(String code) {
		return situations.situation(code).orElseThrow().status().stale();
	}

	@Test
	void aFileTelegramDidNotHandOverIsRecordedByItsFileIdToBeFetchedAgain() {
		var outcome = keeping.keepLater(new EvidenceRequest(lan, "2.2", "AgACAgIAAxkBAAIB", "AQADq7", null,
				"image/jpeg", EvidenceKind.PHOTO, "Sổ theo dõi hồ sơ tháng 5"), "timed out", DocumentFacts.NONE);

		assertThat(outcome).isInstanceOf(EvidenceOutcome.Recorded.class);
		var row = jdbc.queryForMap("select telegram_file_id, kind, caption, plan_item_id, sha256 from evidence");
		assertThat(row.get("sha256")).as("no bytes with us yet").isNull();
		assertThat(row.get("telegram_file_id")).isEqualTo("AgACAgIAAxkBAAIB");
		assertThat(row.get("kind")).isEqualTo("PHOTO");
		assertThat(row.get("caption")).isEqualTo("Sổ theo dõi hồ sơ tháng 5");
		assertThat(row.get("plan_item_id")).isEqualTo(seed.item("2.2").id());
	}

	private Official register(long telegramUserId, String name, String position, Role role) {
		return Registrations.register(people, telegramUserId, name, position, role);
	}

	private static FigureOutcome.Recorded recorded(FigureOutcome outcome) {
		assertThat(outcome).isInstanceOf(FigureOutcome.Recorded.class);
		return (FigureOutcome.Recorded) outcome;
	}
}
