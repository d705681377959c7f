package vn.cchc.troly.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.cchc.troly.plan.BaselineBound;
import vn.cchc.troly.plan.Comparator;
import vn.cchc.troly.plan.TargetKind;
import vn.cchc.troly.progress.Figure;
import vn.cchc.troly.progress.FigureBy;
import vn.cchc.troly.progress.ItemStatus.Missing;
import vn.cchc.troly.progress.ItemStatus.Status;

/**
 * The weekly summary for the leaders, as data. {@link Summaries#message} renders it to chat
 * text and a chart; a sent summary is stored as it was composed.
 *
 * @param weekKey the ISO week it is for, "2026-W48"
 * @param from first day of the reporting period it covers
 * @param to the day it was composed (last day of the period)
 * @param offTrack items not met or overdue, 🔴 and overdue first, then 🟡, each in plan order;
 *        qualitative items only when overdue (their notes are listed in {@code notes})
 * @param comparedWithWeek the week of the summary the changes are counted from; null for the first summary
 * @param changes items whose status or figure changed since that summary, in plan order
 * @param notReported per active lead, the items they lead that nobody has reported on this period
 * @param unled codes of items nobody has reported on this period and no registered official leads
 * @param notes the qualitative items, with their latest note this year (null if none)
 * @param items every item of the plan, in plan order: the snapshot the next summary compares with
 * @param evidenceGaps how many items still lack evidence for the dossier (/thieuhoso), counted from the
 *        day the coordinator set (/demhoso; by default 1 October); null before that day
 * @param explanations requests for an explanation answered in the period, then those still waiting
 *        (null in summaries recorded before they were kept)
 */
public record WeeklySummary(String weekKey, LocalDate from, LocalDate to, Instant composedAt, StatusCounts counts,
		List<Item> offTrack, String comparedWithWeek, List<Change> changes, List<Reporter> notReported,
		List<String> unled, List<Item> notes, List<Item> items, EvidenceGaps evidenceGaps,
		List<Explanation> explanations) {

	public WeeklySummary {
		explanations = explanations == null ? List.of() : explanations;
	}

	/** The first summary has nothing to compare with. */
	public boolean first() {
		return comparedWithWeek == null;
	}

	/**
	 * An item as the summary shows it.
	 *
	 * @param targetValue the target's number (PERCENT, COUNT), else null
	 * @param baselineValue the number in last year's result as the plan writes it, else null
	 * @param baselineBound whether that number is last year's result (EXACT) or only a bound ("dưới 60%":
	 *        BELOW); null in summaries recorded before it was kept, and then not drawn as a value
	 * @param latest this year's latest figure, or null
	 * @param latestBy whose figure it is (who recorded it; for a confirmed proposal also who proposed it),
	 *        null without a figure and in summaries recorded before it was kept
	 * @param lastYear last year's figure, or null (INCREASE items are held against it)
	 * @param missing what the status rule lacked for it (why ⚪, or why only 🟡), else null
	 * @param leads names of the active officials leading it; empty when nobody registered holds the position
	 * @param leadPosition the lead position's name, to show when nobody holds it
	 */
	public record Item(long itemId, String code, String title, TargetKind kind, Comparator comparator,
			BigDecimal targetValue, BigDecimal baselineValue, BaselineBound baselineBound, Figure latest,
			FigureBy latestBy, Figure lastYear, Status status, Missing missing, boolean overdue, boolean stale, LocalDate deadline,
			Long daysLeft, String latestNote, List<String> leads, String leadPosition) {

		public boolean qualitative() {
			return kind == TargetKind.QUALITATIVE;
		}
	}

	/** An item whose status or figure is not what the previous summary said; from values null for an item new since. */
	public record Change(String code, String title, Status fromStatus, Status toStatus, Figure fromFigure,
			Figure toFigure) {

		public boolean statusChanged() {
			return fromStatus != toStatus;
		}
	}

	/**
	 * A request for an explanation (giải trình) as the summary shows it; the answer fields are null while it waits.
	 */
	public record Explanation(String code, String title, String askedBy, String note, Instant askedAt,
			String answeredBy, String answer, Instant answeredAt) {

		public boolean answered() {
			return answer != null;
		}
	}

	/** Items whose dossier lacks evidence, counted since {@code from}. */
	public record EvidenceGaps(LocalDate from, int items) {
	}

	/** An active lead and the items they lead that have no report this period. */
	public record Reporter(long officialId, String name, List<String> itemCodes) {
	}
}
