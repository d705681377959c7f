package vn.cchc.troly.plan;

import java.time.Instant;
import java.util.List;

/**
 * What importing a document would do, nothing stored yet: the plan as read (its items, each with
 * its place in the document and the fields a warning doubts, and every warning with its place),
 * whether it is a new plan or a new version of one already stored (same unit, year and title),
 * and then what would change item by item (added, changed with the fields, unchanged, withdrawn).
 * {@code becomesCurrent} says whether it would be its unit's current plan (a later year than the
 * current one, or the current one again); {@code current} is the current plan before the import.
 * {@link PlanManagement#importPlan(PlanPreview)} stores exactly this, or refuses when the stored
 * plan has changed since ({@code basedOn}: the stored version's import time, null for a new plan).
 */
public record PlanPreview(ParsedPlan plan, boolean newPlan, Long existingPlanId, Instant basedOn,
		List<ImportResult.ItemOutcome> changes, boolean becomesCurrent, PlanSummary current) {

	public PlanPreview {
		changes = List.copyOf(changes);
	}

	public List<ImportResult.ItemOutcome> changes(ImportResult.Outcome outcome) {
		return changes.stream().filter(change -> change.outcome() == outcome).toList();
	}

	public List<PlanWarning> warnings() {
		return plan.warnings();
	}
}
