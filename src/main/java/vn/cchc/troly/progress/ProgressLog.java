package vn.cchc.troly.progress;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.plan.TargetKind;
import vn.cchc.troly.progress.EvidenceRepository.EvidenceCount;

/**
 * Everything reported on a plan (the current one, or an earlier year's), for the export and the
 * item screens: one query each.
 */
@Service
@Transactional(readOnly = true)
public class ProgressLog {

	private final ProgressReportRepository reports;
	private final EvidenceRepository evidence;
	private final PlanItems planItems;

	ProgressLog(ProgressReportRepository reports, EvidenceRepository evidence, PlanItems planItems) {
		this.reports = reports;
		this.evidence = evidence;
		this.planItems = planItems;
	}

	/**
	 * Every figure, note and proposed figure on the current plan's items, oldest first; undone ones
	 * stay, marked; a proposal carries how it was answered.
	 */
	public List<ReportLogEntry> reports() {
		return planItems.currentPlan().map(plan -> reports(plan.id())).orElse(List.of());
	}

	/** Every figure and note on a plan's items, oldest first; undone ones stay, marked. */
	public List<ReportLogEntry> reports(long planId) {
		return reports.log(planId).stream()
			.map(row -> new ReportLogEntry(row.id(), row.itemCode(), row.kind(),
					row.figureValue() == null ? null
							: new Figure(row.figureValue(), row.figureNumerator(), row.figureDenominator(),
									row.targetKind() == TargetKind.PERCENT),
					row.lastYear(), row.note(), row.done(), row.reportedAt(), row.officialName(), row.undoneAt(),
					row.proposedBy(), row.answer()))
			.toList();
	}

	/** Every piece of evidence on the current plan's items, oldest first. */
	public List<EvidenceLogEntry> evidence() {
		return planItems.currentPlan().map(plan -> evidence(plan.id())).orElse(List.of());
	}

	/** Every piece of evidence on a plan's items, oldest first. */
	public List<EvidenceLogEntry> evidence(long planId) {
		return evidence.log(planId);
	}

	/** How many pieces of evidence each item has, by item id; items without any are absent. */
	public Map<Long, Long> evidenceCounts() {
		return evidence.countsByItem().stream()
			.collect(Collectors.toMap(EvidenceCount::planItemId, EvidenceCount::evidenceCount));
	}

	/** How many pieces of evidence the item has. */
	public long evidenceCount(long itemId) {
		return evidence.countByItem(AggregateReference.to(itemId));
	}
}
