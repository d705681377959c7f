package vn.cchc.troly.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.troly.people.UnitId;
import vn.cchc.troly.people.UnitScope;

/**
 * Reads the items of the plan the unit in scope ({@link UnitScope}) works on now, for every other
 * module. An item of another unit's plan is not found by id or code.
 */
@Service
public class PlanItems {

	private final PlanItemRepository items;
	private final PlanRepository plans;
	private final UnitScope scope;

	PlanItems(PlanItemRepository items, PlanRepository plans, UnitScope scope) {
		this.items = items;
		this.plans = plans;
		this.scope = scope;
	}

	/** The plan the unit works on now (the latest year's, of that year the one imported last), with its sections; empty before any import. */
	public Optional<Plan> currentPlan() {
		return plans.findCurrentId(scope.currentIdOrNone()).flatMap(plans::findById);
	}

	/** The current plan's items in the plan's order. */
	public List<PlanItem> current() {
		return items.findCurrent(scope.currentIdOrNone());
	}

	/** The unit an item belongs to, whichever is in scope: a notice about it is sent in its unit. */
	public Optional<UnitId> unitOf(PlanItemId id) {
		return items.findUnitOf(id.value()).map(UnitId::new);
	}

	/**
	 * A plan's items (less withdrawn ones) in the plan's order, whether or not it is the current
	 * plan: what a province install composes each unit's summary from. Empty for an unknown plan.
	 */
	public List<PlanItem> ofPlan(long planId) {
		return items.findActiveByPlan(planId);
	}

	/** An item of the current plan by its code as users type it: "2.2", "2.2.", " 4 ". */
	public Optional<PlanItem> byCode(String code) {
		// One item read, not the whole plan: each report and button asks this.
		return items.findCurrentByCode(scope.currentIdOrNone(), normaliseCode(code));
	}

	/** An item of one of the unit in scope's plans (current or not); empty for another unit's. */
	public Optional<PlanItem> byId(PlanItemId id) {
		return items.findByIdInUnit(id.value(), scope.currentIdOrNone());
	}

	@Transactional
	public PlanItem setDeadline(PlanItemId id, LocalDate deadline) {
		var item = byId(id).orElseThrow(() -> new IllegalArgumentException("No plan item " + id + " in this unit"));
		return items.save(item.withDeadline(deadline));
	}

	static String normaliseCode(String code) {
		var trimmed = code == null ? "" : code.strip();
		while (trimmed.endsWith(".")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		return trimmed;
	}
}
