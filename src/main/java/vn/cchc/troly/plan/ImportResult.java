package vn.cchc.troly.plan;

import java.util.List;

/**
 * What an import did: the plan it stored (new, or found again by unit, year and title), each
 * item's outcome and the warnings of the reading. Items keep their ids across imports; an item
 * no longer in the document is withdrawn, not deleted.
 */
public record ImportResult(long planId, String title, int year, String unitName, boolean newPlan,
		List<ItemOutcome> items, List<PlanWarning> warnings) {

	public ImportResult {
		items = List.copyOf(items);
		warnings = List.copyOf(warnings);
	}

	public enum Outcome {
		ADDED, CHANGED, UNCHANGED, WITHDRAWN
	}

	/**
	 * One item: its id (null for an item a preview would add), code and title, what happened, and
	 * for CHANGED which fields changed.
	 */
	public record ItemOutcome(Long itemId, String code, String title, Outcome outcome, List<ItemField> changed) {

		public ItemOutcome {
			changed = List.copyOf(changed);
		}
	}

	public List<ItemOutcome> items(Outcome outcome) {
		return items.stream().filter(item -> item.outcome() == outcome).toList();
	}
}
