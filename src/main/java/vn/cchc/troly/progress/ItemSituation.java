package vn.cchc.troly.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.troly.TroLyCchcApplication;
import vn.cchc.troly.plan.PlanItem;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.plan.TargetKind;
import vn.cchc.troly.progress.ProgressReportRepository.LastReport;
import vn.cchc.troly.progress.ProgressReportRepository.LatestFigure;
import vn.cchc.troly.progress.ProgressReportRepository.LatestNote;

/**
 * Where every item of the current plan stands, for the chat, the weekly summary and the export.
 * A handful of queries for the whole plan, whatever its size.
 */
@Service
@Transactional(readOnly = true)
public class ItemSituation {

	private final PlanItems planItems;
	private final ProgressReportRepository reports;
	private final StatusRule rule;
	private final Clock clock;

	ItemSituation(PlanItems planItems, ProgressReportRepository reports, StatusRule rule, Clock clock) {
		this.planItems = planItems;
		this.reports = reports;
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

	/** One item of the current plan by its code ("2.2"), with its status. */
	public Optional<Situation> situation(String itemCode) {
		return planItems.byCode(itemCode).map(this::of);
	}

	/** Every active official, by name, with when they last reported (null if never): who is missing. */
	public List<OfficialLastReport> lastReportsByOfficial() {
		return reports.lastReportsByOfficial();
	}

	Situation of(PlanItem item) {
		return of(List.of(item)).get(0);
	}

	List<Situation> of(List<PlanItem> items) {
		if (items.isEmpty()) {
			return List.of();
		}
		// Only these items' reports are read: one item's status after a report, not the whole database's.
		var ids = items.stream().map(PlanItem::id).toList();
		var year = LocalDate.ofInstant(clock.instant(), TroLyCchcApplication.ZONE).getYear();
		var thisYear = startOf(year);
		var nextYear = startOf(year + 1);
		var previousYear = startOf(year - 1);
		var latest = byItem(reports.latestFigures(ids, false, thisYear, nextYear), LatestFigure::planItemId);
		var flaggedLastYear = byItem(reports.latestFigures(ids, true, thisYear, nextYear), LatestFigure::planItemId);
		var reportedLastYear = byItem(reports.latestFigures(ids, false, previousYear, thisYear), LatestFigure::planItemId);
		var notes = byItem(reports.latestNotes(ids, thisYear, nextYear), LatestNote::planItemId);
		var lastReports = byItem(reports.lastReports(ids), LastReport::planItemId);
		return items.stream().map(item -> {
			var percent = item.target().kind() == TargetKind.PERCENT;
			var figure = latest.get(item.id());
			var lastYearRow = flaggedLastYear.getOrDefault(item.id(), reportedLastYear.get(item.id()));
			var note = notes.get(item.id());
			var lastReport = lastReports.get(item.id());
			var facts = new StatusRule.Facts(figure == null ? null : figure.figure(percent),
					lastYearRow == null ? null : lastYearRow.figure(percent), note != null,
					note != null && note.doneNotes() > 0, lastReport == null ? null : lastReport.reportedAt());
			return new Situation(item, facts.latest(), figure == null ? null : figure.reportedAt(), facts.lastYear(),
					note == null ? null : note.note(), facts.lastReportAt(), rule.evaluate(item, facts));
		}).toList();
	}

	private static Instant startOf(int year) {
		return LocalDate.of(year, 1, 1).atStartOfDay(TroLyCchcApplication.ZONE).toInstant();
	}

	private static <T> Map<Long, T> byItem(List<T> rows, Function<T, Long> itemId) {
		return rows.stream().collect(Collectors.toMap(itemId, Function.identity()));
	}
}
