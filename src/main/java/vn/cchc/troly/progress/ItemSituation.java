package vn.cchc.troly.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.troly.people.UnitScope;
import vn.cchc.troly.plan.PlanItem;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.plan.TargetKind;

/**
 * Where every item of the current plan stands, for the chat, the weekly summary and the export.
 * One query for the whole plan, whatever its size and however many reports its items have.
 */
@Service
@Transactional(readOnly = true)
public class ItemSituation {

	private final PlanItems planItems;
	private final ProgressReportRepository reports;
	private final ItemProgress progress;
	private final ItemStarts starts;
	private final StatusRule rule;
	private final Clock clock;
	private final UnitScope scope;

	ItemSituation(PlanItems planItems, ProgressReportRepository reports, ItemProgress progress, ItemStarts starts,
			StatusRule rule, Clock clock, UnitScope scope) {
		this.scope = scope;
		this.planItems = planItems;
		this.reports = reports;
		this.progress = progress;
		this.starts = starts;
		this.rule = rule;
		this.clock = clock;
	}

	/** Every item of the current plan, in the plan's order, with its status. */
	public List<Situation> situations() {
		return of(planItems.current());
	}

	/**
	 * Every item of the given plan (less withdrawn ones), in the plan's order, with its status: the
	 * same evaluation as {@link #situations()}, for a plan that need not be the current one.
	 */
	public List<Situation> situations(long planId) {
		return of(planItems.ofPlan(planId));
	}

	/**
	 * Every item of a plan (less withdrawn ones), in the plan's order, as it stood in a year: the
	 * figures and notes of that year. A year that is over is judged at its end
	 * ({@link StatusRule#evaluateAtYearEnd}: "/tinhhinh 2024" in 2025 shows how 2024 ended); the
	 * running year, or a later one, is judged now, as {@link #situations()} does.
	 */
	public List<Situation> situations(long planId, int year) {
		return of(planItems.ofPlan(planId), year, year < thisYear());
	}

	/** One item of the current plan by its code ("2.2"), with its status. */
	public Optional<Situation> situation(String itemCode) {
		return planItems.byCode(itemCode).map(this::of);
	}

	/** Every active official, by name, with when they last reported (null if never): who is missing. */
	public List<OfficialLastReport> lastReportsByOfficial() {
		return reports.lastReportsByOfficial(scope.currentIdOrNone());
	}

	Situation of(PlanItem item) {
		return of(List.of(item)).get(0);
	}

	List<Situation> of(List<PlanItem> items) {
		return of(items, thisYear(), false);
	}

	private int thisYear() {
		return LocalDate.ofInstant(clock.instant(), clock.getZone()).getYear();
	}

	private List<Situation> of(List<PlanItem> items, int year, boolean yearOver) {
		if (items.isEmpty()) {
			return List.of();
		}
		// Only these items' reports are read: one item's status after a report, not the whole database's.
		var ids = items.stream().map(PlanItem::id).toList();
		// One row per item and year (item_progress), whatever the number of reports on the item.
		var years = progress.years(ids).stream().collect(Collectors.groupingBy(ItemProgress.Year::planItemId));
		// When each item's reporting clock starts (⏰): one more query for the whole batch.
		var started = starts.of(items);
		return items.stream().map(item -> {
			var percent = item.target().kind() == TargetKind.PERCENT;
			var rows = years.getOrDefault(item.id(), List.of());
			var thisYear = rows.stream().filter(r -> r.year() == year).findFirst();
			var previousYear = rows.stream().filter(r -> r.year() == year - 1).findFirst();
			var figure = thisYear.map(ItemProgress.Year::figure).orElse(null);
			// Last year's figure: one flagged as such this year, else the latest reported last year.
			var lastYearRow = thisYear.map(ItemProgress.Year::lastYearFigure)
				.or(() -> previousYear.map(ItemProgress.Year::figure)).orElse(null);
			var note = thisYear.map(ItemProgress.Year::note).orElse(null);
			var doneNote = thisYear.map(r -> r.doneNotes() > 0).orElse(false);
			var lastReport = rows.stream().map(ItemProgress.Year::lastReportAt).filter(Objects::nonNull)
				.max(Comparator.naturalOrder()).orElse(null);
			var start = started.getOrDefault(item.id(), new ItemStarts.Start(null, null));
			var facts = new StatusRule.Facts(figure == null ? null : figure.figure(percent),
					lastYearRow == null ? null : lastYearRow.figure(percent), note != null, note != null && doneNote,
					lastReport, start.leadJoinedAt(), start.itemStartedAt());
			return new Situation(item, facts.latest(), figure == null ? null : figure.reportedAt(),
					figure == null ? null : figure.by(), facts.lastYear(),
					note == null ? null : note.note(), facts.lastReportAt(),
					yearOver ? rule.evaluateAtYearEnd(item, facts, year) : rule.evaluate(item, facts));
		}).toList();
	}
}
