package vn.cchc.troly.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cchc.troly.TroLyCchcApplication;
import vn.cchc.troly.plan.Baseline;
import vn.cchc.troly.plan.BaselineBound;
import vn.cchc.troly.plan.Comparator;
import vn.cchc.troly.plan.PlanItem;
import vn.cchc.troly.plan.Target;
import vn.cchc.troly.plan.TargetKind;
import vn.cchc.troly.plan.Timeframe;
import vn.cchc.troly.progress.ItemStatus.Missing;
import vn.cchc.troly.progress.ItemStatus.Status;
import vn.cchc.troly.progress.StatusRule.Facts;

class StatusRuleTests {

	/** Wednesday 20/05/2026, 09:00 in the commune. */
	private static final Instant NOW = LocalDate.of(2026, 5, 20).atTime(9, 0).atZone(TroLyCchcApplication.ZONE)
		.toInstant();

	private final StatusRule rule = new StatusRule(new ProgressSettings(null, null, null),
			Clock.fixed(NOW, TroLyCchcApplication.ZONE));

	private static final PlanItem ONE_STOP_ON_TIME = item("2.2", new Baseline("Đạt 95%", new BigDecimal("95"), BaselineBound.EXACT),
			new Target("Đạt trên 98%", TargetKind.PERCENT, Comparator.GT, new BigDecimal("98"), "%", false));
	private static final PlanItem ONLINE_PAYMENT = item("3.4",
			new Baseline("dưới 60%", new BigDecimal("60"), BaselineBound.BELOW),
			new Target("Trên 75%", TargetKind.PERCENT, Comparator.GT, new BigDecimal("75"), "%", false));
	private static final PlanItem INITIATIVES = item("1.1", Baseline.textOnly("không có sáng kiến"),
			new Target("từ 01 sáng kiến trở lên", TargetKind.COUNT, Comparator.GE, BigDecimal.ONE, "sáng kiến", true));
	private static final PlanItem TASKS = item("1.2", Baseline.textOnly("chưa kịp thời"),
			Target.qualitative("Thực hiện đầy đủ, kịp thời", false));
	private static final PlanItem BUSINESSES = item("4", Baseline.textOnly("không tăng"),
			new Target("tăng cao hơn năm trước", TargetKind.INCREASE, null, null, null, false));
	private static final LocalDate PASSED = LocalDate.of(2026, 3, 31);

	@Test
	void aPercentageJustUnderTheTargetIsNearWithItsGapAndProgressFromTheBaseline() {
		var status = rule.evaluate(ONE_STOP_ON_TIME, figure("97.5", true));

		assertThat(status.status()).isEqualTo(Status.NEAR);
		assertThat(status.status().mark()).isEqualTo("🟡");
		assertThat(status.gap()).isEqualByComparingTo("0.5");
		assertThat(status.progress()).isEqualByComparingTo("83");
		assertThat(status.overdue()).isFalse();
	}

	@Test
	void aPercentageOverTheTargetIsMet() {
		var status = rule.evaluate(ONE_STOP_ON_TIME, figure("98.5", true));
		assertThat(status.status()).isEqualTo(Status.MET);
		assertThat(status.gap()).isNull();
		assertThat(status.progress()).isEqualByComparingTo("100");
		assertThat(rule.evaluate(ONE_STOP_ON_TIME, figure("98", true)).status()).as("“trên 98%” is more than 98")
			.isEqualTo(Status.NEAR);
	}

	@Test
	void aPercentageFurtherOffThanTheMarginIsNotMet() {
		var status = rule.evaluate(ONE_STOP_ON_TIME, figure("95.9", true));
		assertThat(status.status()).isEqualTo(Status.NOT_MET);
		assertThat(status.gap()).isEqualByComparingTo("2.1");
		assertThat(status.progress()).isEqualByComparingTo("30");

		var payment = rule.evaluate(ONLINE_PAYMENT, figure("70", true));
		assertThat(payment.status()).isEqualTo(Status.NOT_MET);
		assertThat(payment.progress()).as("from “dưới 60%” to 75%").isEqualByComparingTo("67");
	}

	@Test
	void progressIsNotShownWhenTheFigureWentBackBelowTheBaseline() {
		var backwards = rule.evaluate(ONLINE_PAYMENT, figure("50", true));
		assertThat(backwards.status()).isEqualTo(Status.NOT_MET);
		assertThat(backwards.progress()).as("50 after “dưới 60%%”: no share of the way to show").isNull();
		assertThat(rule.evaluate(ONE_STOP_ON_TIME, figure("94", true)).progress()).as("94 after 95").isNull();
		assertThat(rule.evaluate(ONE_STOP_ON_TIME, figure("95", true)).progress()).as("level with last year")
			.isEqualByComparingTo("0");

		var complaints = item("9.9", new Baseline("5 khiếu nại", new BigDecimal("5"), BaselineBound.EXACT),
				new Target("không quá 3 khiếu nại", TargetKind.COUNT, Comparator.LE, new BigDecimal("3"), "khiếu nại", true));
		assertThat(rule.evaluate(complaints, figure("4", false)).progress()).as("down from 5 towards 3")
			.isEqualByComparingTo("50");
		assertThat(rule.evaluate(complaints, figure("6", false)).progress()).as("up from 5, where lower is better")
			.isNull();
	}

	@Test
	void theMarginIsASetting() {
		var strict = new StatusRule(new ProgressSettings(new BigDecimal("0.4"), null, null),
				Clock.fixed(NOW, TroLyCchcApplication.ZONE));
		assertThat(strict.evaluate(ONE_STOP_ON_TIME, figure("97.5", true)).status()).isEqualTo(Status.NOT_MET);
	}

	@Test
	void withoutAFigureThereIsNoData() {
		var status = rule.evaluate(ONE_STOP_ON_TIME, Facts.none());
		assertThat(status.status()).isEqualTo(Status.NO_DATA);
		assertThat(status.status().mark()).isEqualTo("⚪");
		assertThat(status.missing()).isEqualTo(Missing.NO_FIGURE);
		assertThat(status.progress()).isNull();
	}

	@Test
	void aCountBehindItsTargetIsNearWhileTimeIsLeftAndOverdueAfter() {
		var early = rule.evaluate(INITIATIVES, figure("0", false));
		assertThat(early.status()).isEqualTo(Status.NEAR);
		assertThat(early.gap()).isEqualByComparingTo("1");
		assertThat(early.overdue()).isFalse();

		var late = rule.evaluate(INITIATIVES.withDeadline(PASSED), figure("0", false));
		assertThat(late.status()).isEqualTo(Status.NOT_MET);
		assertThat(late.overdue()).isTrue();
		assertThat(late.daysLeft()).isEqualTo(-50L);

		assertThat(rule.evaluate(INITIATIVES, figure("1", false)).status()).isEqualTo(Status.MET);
	}

	@Test
	void aCountOverACeilingCannotComeBackSoItIsNotMet() {
		var complaints = item("9.9", Baseline.textOnly("5 khiếu nại"),
				new Target("không quá 3 khiếu nại", TargetKind.COUNT, Comparator.LE, new BigDecimal("3"), "khiếu nại", true));
		assertThat(rule.evaluate(complaints, figure("5", false)).status()).isEqualTo(Status.NOT_MET);
		assertThat(rule.evaluate(complaints, figure("3", false)).status()).isEqualTo(Status.MET);
	}

	@Test
	void aQualitativeItemIsMetByADoneNoteAndInProgressWithNotes() {
		assertThat(rule.evaluate(TASKS, new Facts(null, null, true, true, NOW)).status()).isEqualTo(Status.MET);
		assertThat(rule.evaluate(TASKS, new Facts(null, null, true, false, NOW)).status()).isEqualTo(Status.NEAR);
		var none = rule.evaluate(TASKS, Facts.none());
		assertThat(none.status()).isEqualTo(Status.NO_DATA);
		assertThat(none.missing()).isEqualTo(Missing.NO_NOTE);
		assertThat(none.labelKey()).as("“Chưa có ghi chú”, not “Chưa có số liệu”").isEqualTo("progress.status.NO_NOTE");
		assertThat(rule.evaluate(ONE_STOP_ON_TIME, Facts.none()).labelKey()).isEqualTo("progress.status.NO_DATA");
	}

	@Test
	void anIncreaseWithAFigureButNoLastYearsFigureIsNearWithTheReasonNeverMetNorNoData() {
		var noLastYear = rule.evaluate(BUSINESSES, figure("12", false));
		assertThat(noLastYear.status()).isEqualTo(Status.NEAR);
		assertThat(noLastYear.missing()).isEqualTo(Missing.NO_LAST_YEAR_FIGURE);
		assertThat(noLastYear.reasonKey()).isEqualTo("progress.status.reason.NO_LAST_YEAR_FIGURE");
		assertThat(noLastYear.gap()).isNull();
		var late = rule.evaluate(BUSINESSES.withDeadline(PASSED), figure("12", false));
		assertThat(late.status()).as("still nothing to compare with").isEqualTo(Status.NEAR);
		assertThat(late.overdue()).isTrue();
		var none = rule.evaluate(BUSINESSES, Facts.none());
		assertThat(none.status()).isEqualTo(Status.NO_DATA);
		assertThat(none.missing()).isEqualTo(Missing.NO_FIGURE);
	}

	@Test
	void aFigureAgainstATargetWithoutANumberIsNearWithTheReason() {
		var unnumbered = item("9.8", Baseline.textOnly("—"),
				new Target("Nâng tỷ lệ hài lòng", TargetKind.PERCENT, null, null, "%", false));

		var status = rule.evaluate(unnumbered, figure("90", true));

		assertThat(status.status()).isEqualTo(Status.NEAR);
		assertThat(status.missing()).isEqualTo(Missing.NO_TARGET_VALUE);
		assertThat(rule.evaluate(unnumbered, Facts.none()).status()).isEqualTo(Status.NO_DATA);
	}

	@Test
	void anItemWithAFigureIsNeverNoData() {
		var items = List.of(ONE_STOP_ON_TIME, ONLINE_PAYMENT, INITIATIVES, BUSINESSES, ONE_STOP_ON_TIME.withDeadline(PASSED),
				BUSINESSES.withDeadline(PASSED), item("9.8", Baseline.textOnly("—"),
						new Target("Nâng tỷ lệ", TargetKind.PERCENT, null, null, "%", false)));
		for (var item : items) {
			for (var value : List.of("0", "12", "97.5", "100")) {
				var percent = item.target().kind() == TargetKind.PERCENT;
				assertThat(rule.evaluate(item, figure(value, percent)).status()).as("%s with %s", item.code(), value)
					.isNotEqualTo(Status.NO_DATA);
			}
		}
	}

	@Test
	void anIncreaseIsHeldAgainstLastYearsFigure() {
		assertThat(rule.evaluate(BUSINESSES, withLastYear("12", "10")).status()).isEqualTo(Status.MET);
		var level = rule.evaluate(BUSINESSES, withLastYear("10", "10"));
		assertThat(level.status()).isEqualTo(Status.NEAR);
		assertThat(level.gap()).isEqualByComparingTo("0");
		var lateAndLower = rule.evaluate(BUSINESSES.withDeadline(PASSED), withLastYear("8", "10"));
		assertThat(lateAndLower.status()).isEqualTo(Status.NOT_MET);
		assertThat(lateAndLower.overdue()).isTrue();
		assertThat(lateAndLower.gap()).isEqualByComparingTo("2");
	}

	@Test
	void asHighAsLastYearIsMetByLastYearsFigureAgain() {
		var notBelow = item("4", Baseline.textOnly("37 hộ"),
				new Target("Bằng hoặc cao hơn năm trước", TargetKind.INCREASE, Comparator.GE, null, null, false));
		assertThat(rule.evaluate(notBelow, withLastYear("10", "10")).status()).isEqualTo(Status.MET);
		assertThat(rule.evaluate(notBelow, withLastYear("9", "10")).status()).isEqualTo(Status.NEAR);
	}

	@Test
	void thePlansQuarterlyDeadlineIsTheEndOfTheRunningQuarter() {
		var quarterly = new PlanItem(1L, null, "1.2", 1, "1", "Mục 1.2", Baseline.textOnly("x"),
				Target.qualitative("Báo cáo đúng hạn", false), null, null, null, null, List.of(),
				new Timeframe("Hằng quý", 2026, true, LocalDate.of(2026, 3, 31), vn.cchc.troly.plan.Repeats.QUARTER), null);
		var status = rule.evaluate(quarterly, Facts.none());
		assertThat(status.deadline()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(status.overdue()).isFalse();
		var dueInJune = new PlanItem(1L, null, "3.1", 1, "3", "Mục 3.1", Baseline.textOnly("x"),
				Target.qualitative("Hoàn thành", false), null, null, null, null, List.of(),
				new Timeframe("Quý I/2026", 2026, false, PASSED, null), null);
		assertThat(rule.evaluate(dueInJune, Facts.none()).overdue()).as("a one-off deadline that has passed").isTrue();
	}

	@Test
	void anItemNobodyReportedOnWithinTheReportingPeriodIsStale() {
		assertThat(rule.evaluate(ONE_STOP_ON_TIME, reportedAgo(Duration.ofDays(6))).stale()).isFalse();
		assertThat(rule.evaluate(ONE_STOP_ON_TIME, reportedAgo(Duration.ofDays(7))).stale()).isFalse();
		assertThat(rule.evaluate(ONE_STOP_ON_TIME, reportedAgo(Duration.ofDays(7).plusMinutes(1))).stale()).isTrue();
		assertThat(rule.evaluate(ONE_STOP_ON_TIME, Facts.none()).stale()).as("never reported").isTrue();
	}

	@Test
	void nobodyIsStaleBeforeAWholePeriodHasPassedSinceTheLeadJoinedAndTheItemStarted() {
		var longAgo = NOW.minus(Duration.ofDays(90));
		var yesterday = NOW.minus(Duration.ofDays(1));
		var eightDaysAgo = NOW.minus(Duration.ofDays(8));

		assertThat(rule.evaluate(ONE_STOP_ON_TIME, never(yesterday, longAgo)).stale()).as("the lead joined yesterday")
			.isFalse();
		assertThat(rule.evaluate(ONE_STOP_ON_TIME, never(longAgo, yesterday)).stale()).as("the plan came yesterday")
			.isFalse();
		assertThat(rule.evaluate(ONE_STOP_ON_TIME, never(eightDaysAgo, longAgo)).stale()).as("a whole period since")
			.isTrue();
		assertThat(rule.evaluate(ONE_STOP_ON_TIME, never(null, yesterday)).stale()).as("no lead: from the item's start")
			.isFalse();
		assertThat(rule.evaluate(ONE_STOP_ON_TIME, never(null, eightDaysAgo)).stale()).isTrue();

		// The previous lead reported three weeks ago; the new one joined yesterday and has a period of their own.
		var handedOver = new Facts(null, null, true, false, NOW.minus(Duration.ofDays(21)), yesterday, longAgo);
		assertThat(rule.evaluate(ONE_STOP_ON_TIME, handedOver).stale()).isFalse();
		var reportedSinceJoining = new Facts(null, null, true, false, NOW.minus(Duration.ofDays(2)), eightDaysAgo,
				longAgo);
		assertThat(rule.evaluate(ONE_STOP_ON_TIME, reportedSinceJoining).stale()).isFalse();
	}

	@Test
	void theLiveDeadlineIsTheEndOfTheRunningYearUnlessSet() {
		var status = rule.evaluate(ONE_STOP_ON_TIME, Facts.none());
		assertThat(status.deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(status.daysLeft()).isEqualTo(225L);
		assertThat(status.overdue()).isFalse();
	}

	@Test
	void aMetItemIsNeverOverdue() {
		var status = rule.evaluate(INITIATIVES.withDeadline(PASSED), figure("2", false));
		assertThat(status.status()).isEqualTo(Status.MET);
		assertThat(status.overdue()).isFalse();
		var noData = rule.evaluate(ONE_STOP_ON_TIME.withDeadline(PASSED), Facts.none());
		assertThat(noData.overdue()).as("no figure by the deadline").isTrue();
	}

	@Test
	void aYearThatIsOverIsJudgedAsItEndedWithNoTimeLeftAndNothingStale() {
		// 2025 is over on 20/05/2026: its yearly deadline, 31/12/2025, has passed.
		var count = rule.evaluateAtYearEnd(INITIATIVES, Facts.none(), 2025);
		assertThat(count.deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(count.overdue()).isTrue();
		assertThat(count.stale()).as("no reporting period runs in a year that is over").isFalse();

		var notReached = rule.evaluateAtYearEnd(INITIATIVES, figure("0", false), 2025);
		assertThat(notReached.status()).as("a count not reached when no time is left").isEqualTo(Status.NOT_MET);
		assertThat(rule.evaluate(INITIATIVES, figure("0", false)).status()).as("while time is left")
			.isEqualTo(Status.NEAR);
		var met = rule.evaluateAtYearEnd(ONE_STOP_ON_TIME, figure("98.5", true), 2025);
		assertThat(met.status()).isEqualTo(Status.MET);
		assertThat(met.overdue()).isFalse();

		var quarterly = new PlanItem(1L, null, "5.1", 1, "5", "Mục 5.1", Baseline.textOnly("—"),
				Target.qualitative("Báo cáo hằng quý", false), null, null, null, null, List.of(),
				new Timeframe("Quý II/2025", 2025, false, LocalDate.of(2025, 6, 30), null), null);
		assertThat(rule.evaluateAtYearEnd(quarterly, Facts.none(), 2025).deadline()).as("the year's own deadline")
			.isEqualTo(LocalDate.of(2025, 6, 30));
	}

	private static Facts figure(String value, boolean percent) {
		return new Facts(Figure.of(new BigDecimal(value), percent), null, false, false, NOW);
	}

	private static Facts withLastYear(String value, String lastYear) {
		return new Facts(Figure.of(new BigDecimal(value), false), Figure.of(new BigDecimal(lastYear), false), false,
				false, NOW);
	}

	/** Never reported on, with when the lead joined and when the item started. */
	private static Facts never(Instant leadJoinedAt, Instant itemStartedAt) {
		return new Facts(null, null, false, false, null, leadJoinedAt, itemStartedAt);
	}

	private static Facts reportedAgo(Duration ago) {
		return new Facts(Figure.of(new BigDecimal("99"), true), null, false, false, NOW.minus(ago));
	}

	private static PlanItem item(String code, Baseline baseline, Target target) {
		return new PlanItem(1L, null, code, 1, code.substring(0, 1), "Mục " + code, baseline, target, null, null, null,
				null, List.of(), new Timeframe("Trong năm 2024 và những năm tiếp theo", 2024, true), null);
	}
}
