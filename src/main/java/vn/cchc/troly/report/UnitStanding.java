package vn.cchc.troly.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import vn.cchc.troly.plan.TargetKind;
import vn.cchc.troly.progress.ItemStatus.Status;
import vn.cchc.troly.progress.Situation;

/**
 * Where one unit stands among the province's, from its current plan judged by the one status rule
 * (the same {@link Situation}s its own /tinhhinh shows).
 * <p>
 * <b>Share met</b> = 🟢 numeric indicators ÷ numeric indicators, where a numeric indicator is an item
 * whose target is a number (a percentage, a count, or "more than last year"); one without a figure
 * this year counts in the denominator, as not met: a unit that reports nothing cannot rank above
 * one that reports. Qualitative items are not in the share; they count in {@code red} and
 * {@code overdue} like every item.
 *
 * @param planId the unit's current plan, or null when it has none yet
 * @param items the plan's items (less withdrawn ones)
 * @param numeric the numeric indicators by status: {@code numeric.met()} of {@code numeric.total()} are met
 * @param red items 🔴 (any kind)
 * @param overdue items past their deadline and not met
 * @param offTrack items that are 🔴 or overdue (each once): the ranking's tie-break
 * @param lastReportAt the latest figure, note or proposed figure on any of the plan's items, or null
 * @param nothingReported a plan, and no report on any of its items within the reporting period
 *        ({@code troly.progress.reporting-period})
 */
public record UnitStanding(long unitId, String unitName, Long planId, int items, Numeric numeric, int red, int overdue,
		int offTrack, Instant lastReportAt, boolean nothingReported) {

	/** The numeric indicators of a plan by status; {@code noFigure} are ⚪. */
	public record Numeric(int total, int met, int near, int notMet, int noFigure) {

		static final Numeric NONE = new Numeric(0, 0, 0, 0, 0);
	}

	/** A unit without a plan yet: listed after every unit with one. */
	static UnitStanding withoutPlan(long unitId, String unitName) {
		return new UnitStanding(unitId, unitName, null, 0, Numeric.NONE, 0, 0, 0, null, false);
	}

	/** A unit's standing from where each item of its current plan stands; reports before {@code since} are old. */
	static UnitStanding of(long unitId, String unitName, long planId, List<Situation> situations, Instant since) {
		var numeric = situations.stream().filter(s -> s.item().target().kind() != TargetKind.QUALITATIVE)
			.map(s -> s.status().status()).toList();
		var lastReport = situations.stream().map(Situation::lastReportAt).filter(Objects::nonNull)
			.max(Comparator.naturalOrder()).orElse(null);
		return new UnitStanding(unitId, unitName, planId, situations.size(),
				new Numeric(numeric.size(), count(numeric, Status.MET), count(numeric, Status.NEAR),
						count(numeric, Status.NOT_MET), count(numeric, Status.NO_DATA)),
				(int) situations.stream().filter(s -> s.status().status() == Status.NOT_MET).count(),
				(int) situations.stream().filter(s -> s.status().overdue()).count(),
				(int) situations.stream().filter(s -> s.status().status() == Status.NOT_MET || s.status().overdue()).count(),
				lastReport, lastReport == null || lastReport.isBefore(since));
	}

	public boolean hasPlan() {
		return planId != null;
	}

	/** The share met as a whole percentage (2 of 3 is 67), or null when the plan has no numeric indicator. */
	public BigDecimal sharePercent() {
		return numeric.total() == 0 ? null
				: BigDecimal.valueOf(numeric.met() * 100L).divide(BigDecimal.valueOf(numeric.total()), 0, RoundingMode.HALF_UP);
	}

	/**
	 * The province's order: units with a plan first, those with numeric indicators before those
	 * without; then the best share met (compared exactly, 2/3 above 66/100); then fewer items 🔴 or
	 * overdue; then by name (Vietnamese order), and by id for two units of one name.
	 */
	static Comparator<UnitStanding> ranking() {
		var names = Collator.getInstance(Locale.forLanguageTag("vi"));
		return Comparator.comparing((UnitStanding u) -> !u.hasPlan())
			.thenComparing(u -> u.numeric().total() == 0)
			.thenComparing(UnitStanding::byShare)
			.thenComparingInt(UnitStanding::offTrack)
			.thenComparing(UnitStanding::unitName, Comparator.nullsLast(names::compare))
			.thenComparingLong(UnitStanding::unitId);
	}

	/** Higher share first: a/b before c/d when a·d &gt; c·b (no rounding). */
	private static int byShare(UnitStanding one, UnitStanding other) {
		return Long.compare((long) other.numeric().met() * one.numeric().total(),
				(long) one.numeric().met() * other.numeric().total());
	}

	private static int count(List<Status> statuses, Status status) {
		return (int) statuses.stream().filter(s -> s == status).count();
	}
}
