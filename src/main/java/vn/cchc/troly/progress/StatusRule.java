package vn.cchc.troly.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

import vn.cchc.troly.plan.Comparator;
import vn.cchc.troly.plan.PlanItem;
import vn.cchc.troly.plan.Target;
import vn.cchc.troly.plan.TargetKind;
import vn.cchc.troly.progress.ItemStatus.Missing;
import vn.cchc.troly.progress.ItemStatus.Status;

/**
 * The status of an item: one rule, used everywhere (every chat screen, the weekly summary and its
 * chart, reminders, the export). README, "How an item's status is decided", says the same.
 * <p>
 * Figures and notes count for the year they were reported in (Asia/Ho_Chi_Minh), because the
 * plan's targets hold again each year; "latest" means the latest not undone this year.
 * <ul>
 * <li>🟢 <b>MET</b>: the latest figure meets the target by its comparator (&gt; ≥ = ≤ &lt;).</li>
 * <li>🟡 <b>NEAR</b>: a PERCENT target missed by no more than the margin ({@code troly.progress.status-margin},
 * default 2 percentage points: target &gt;98, figure 97,5 is 🟡, 0,5 percentage points short); or a COUNT
 * target (where more is better) not reached yet while the deadline has not passed.</li>
 * <li>🔴 <b>NOT_MET</b>: any other figure that misses the target.</li>
 * <li>⚪ <b>NO_DATA</b>: no figure this year (missing NO_FIGURE). An item with a figure is never ⚪.</li>
 * <li>QUALITATIVE items: a note marked done this year → 🟢; notes but none done → 🟡 (in progress);
 * no note → ⚪ with missing NO_NOTE, shown as "Chưa có ghi chú", not "Chưa có số liệu".</li>
 * <li>INCREASE items ("higher than the year before"): this year's latest figure against last year's
 * figure, which is a figure reported with the last-year flag this year or else the latest figure
 * reported last year. Higher (or as high, for "bằng hoặc cao hơn năm trước": comparator ≥) → 🟢; not higher, deadline not passed → 🟡; deadline passed → 🔴. A figure
 * but no last year's figure → 🟡 with missing NO_LAST_YEAR_FIGURE ("no last year's figure to compare
 * with"): there is something to show, nothing to hold it against, so neither 🟢 nor ⚪.</li>
 * <li>A PERCENT or COUNT item whose target has no number, with a figure → 🟡 with missing
 * NO_TARGET_VALUE, for the same reason.</li>
 * <li>⏰ <b>stale</b>: no report (figure or note) on the item within the reporting period
 * ({@code troly.progress.reporting-period}, default 7 days), or none ever, <i>and</i> a whole period
 * has passed since the later of: the item's lead joined (the earliest active holder of its lead
 * position got it), and the item started (the plan's import, and 1 January of the plan's year or of
 * the item's time frame). Nobody is ⏰ on a person's first day or a plan's. An item no registered
 * official leads counts from the item's start.</li>
 * <li><b>Quá hạn / overdue</b>: the live deadline ({@link PlanItem#deadlineOn}: the coordinator's,
 * else the plan's from its time frame) has passed and the item is not 🟢.</li>
 * <li><b>progress</b>: where baseline and target are both numbers, how far from baseline to target the
 * latest figure has come, 0–100 % (baseline 95, target 98, figure 97,5 → 83 %: "đạt 83% quãng đường
 * từ kết quả năm trước đến chỉ tiêu"). A baseline written "dưới 60%" counts as 60. None when the
 * figure went backwards (below the baseline, or above it where lower is better): there is no share
 * of the way to show.</li>
 * <li><b>gap</b>: how far the latest figure is from the target (0,5 percentage points short).</li>
 * </ul>
 */
@Component
class StatusRule {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final ProgressSettings settings;
	private final Clock clock;

	StatusRule(ProgressSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * What is known about an item this year.
	 *
	 * @param latest this year's latest figure, or null
	 * @param lastYear last year's figure, or null (used by INCREASE items)
	 * @param notes whether there is any note this year
	 * @param doneNote whether a note this year says the work is done
	 * @param lastReportAt the latest report of any kind on the item, ever, or null
	 * @param leadJoinedAt when the item's lead joined: the earliest moment an active official got its
	 *        lead position; null when nobody holds it
	 * @param itemStartedAt when the item started: the later of its plan's import and 1 January of its
	 *        year; null when unknown
	 */
	record Facts(Figure latest, Figure lastYear, boolean notes, boolean doneNote, Instant lastReportAt,
			Instant leadJoinedAt, Instant itemStartedAt) {

		/** Facts without the moments the reporting clock starts from: ⏰ as soon as a period passes without a report. */
		Facts(Figure latest, Figure lastYear, boolean notes, boolean doneNote, Instant lastReportAt) {
			this(latest, lastYear, notes, doneNote, lastReportAt, null, null);
		}

		static Facts none() {
			return new Facts(null, null, false, false, null);
		}

		/** The later of the lead's joining and the item's start: ⏰ waits a whole period after it. */
		Instant reportingSince() {
			if (leadJoinedAt == null || itemStartedAt == null) {
				return leadJoinedAt != null ? leadJoinedAt : itemStartedAt;
			}
			return leadJoinedAt.isAfter(itemStartedAt) ? leadJoinedAt : itemStartedAt;
		}
	}

	ItemStatus evaluate(PlanItem item, Facts facts) {
		var now = clock.instant();
		var today = LocalDate.ofInstant(now, clock.getZone());
		var deadline = item.deadlineOn(today);
		return status(item, facts, today, deadline, deadline != null && today.isAfter(deadline), stale(facts, now));
	}

	/**
	 * The status an item had when a year that is over ended ("/tinhhinh 2024" in 2025), from the facts
	 * of that year: the deadline that year set ({@link PlanItem#deadlineOn} its last day), passed once
	 * the year is over, even on 31/12 itself (no time is left: a count not reached is 🔴, not 🟡); and
	 * never ⏰, since no reporting period runs in a year that is over.
	 */
	ItemStatus evaluateAtYearEnd(PlanItem item, Facts facts, int year) {
		var lastDay = LocalDate.of(year, 12, 31);
		var deadline = item.deadlineOn(lastDay);
		return status(item, facts, lastDay, deadline, deadline != null && !deadline.isAfter(lastDay), false);
	}

	private ItemStatus status(PlanItem item, Facts facts, LocalDate today, LocalDate deadline, boolean deadlinePassed,
			boolean stale) {
		var daysLeft = deadline == null ? null : ChronoUnit.DAYS.between(today, deadline);
		var judged = judge(item.target(), facts, deadlinePassed);
		var progress = judged.status() == Status.NO_DATA ? null : progress(item, facts.latest());
		var overdue = deadlinePassed && judged.status() != Status.MET;
		return new ItemStatus(judged.status(), judged.missing(), stale, overdue, judged.gap(), progress, deadline,
				daysLeft);
	}

	/** No report within a period, and a whole period since the lead joined and the item started. */
	private boolean stale(Facts facts, Instant now) {
		var period = settings.reportingPeriod();
		var unreported = facts.lastReportAt() == null || facts.lastReportAt().plus(period).isBefore(now);
		var since = facts.reportingSince();
		return unreported && (since == null || since.plus(period).isBefore(now));
	}

	private record Judged(Status status, Missing missing, BigDecimal gap) {

		static Judged noData(Missing missing) {
			return new Judged(Status.NO_DATA, missing, null);
		}
	}

	private Judged judge(Target target, Facts facts, boolean deadlinePassed) {
		var kind = target.kind();
		if (kind == TargetKind.QUALITATIVE) {
			if (facts.doneNote()) {
				return new Judged(Status.MET, null, null);
			}
			return facts.notes() ? new Judged(Status.NEAR, null, null) : Judged.noData(Missing.NO_NOTE);
		}
		if (facts.latest() == null) {
			return Judged.noData(Missing.NO_FIGURE);
		}
		var figure = facts.latest().value();
		if (kind == TargetKind.INCREASE) {
			if (facts.lastYear() == null) {
				return new Judged(Status.NEAR, Missing.NO_LAST_YEAR_FIGURE, null);
			}
			var lastYear = facts.lastYear().value();
			// "bằng hoặc cao hơn năm trước" is met by last year's figure again (≥); "tăng" needs more (>).
			var enough = target.comparator() == Comparator.GE ? figure.compareTo(lastYear) >= 0 : figure.compareTo(lastYear) > 0;
			if (enough) {
				return new Judged(Status.MET, null, null);
			}
			return new Judged(deadlinePassed ? Status.NOT_MET : Status.NEAR, null, lastYear.subtract(figure));
		}
		if (!target.isNumeric()) {
			return new Judged(Status.NEAR, Missing.NO_TARGET_VALUE, null);
		}
		var comparator = target.comparator();
		if (comparator.holds(figure, target.value())) {
			return new Judged(Status.MET, null, null);
		}
		var gap = target.value().subtract(figure).abs();
		if (kind == TargetKind.PERCENT) {
			return new Judged(gap.compareTo(settings.statusMargin()) <= 0 ? Status.NEAR : Status.NOT_MET, null, gap);
		}
		// A count still below its target can be reached before the deadline; a count already over
		// a ceiling ("không quá 3") cannot come back down.
		var canStillReach = !comparator.lowerIsBetter() && !deadlinePassed;
		return new Judged(canStillReach ? Status.NEAR : Status.NOT_MET, null, gap);
	}

	private static BigDecimal progress(PlanItem item, Figure latest) {
		var baseline = item.baseline() == null ? null : item.baseline().value();
		var target = item.target();
		if (latest == null || baseline == null || !target.isNumeric()) {
			return null;
		}
		var span = target.value().subtract(baseline);
		if (span.signum() == 0) {
			return null;
		}
		var share = latest.value().subtract(baseline).multiply(HUNDRED).divide(span, 0, RoundingMode.HALF_UP);
		// Gone back past the baseline: no share of the way to show, rather than a misleading 0 %.
		return share.signum() < 0 ? null : share.min(HUNDRED);
	}
}
