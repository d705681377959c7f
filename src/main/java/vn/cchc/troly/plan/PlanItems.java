package vn.cchc.troly.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the items of the plan the commune works on now, for every other module. */
@Service
public class PlanItems {

	private final PlanItemRepository items;
	private final PlanRepository plans;

	PlanItems(PlanItemRepository items, PlanRepository plans) {
		this.items = items;
		this.plans = plans;
	}

	/** The plan the commune works on now (the latest year's, of that year the one imported last), with its sections; empty before any import. */
	public Optional<Plan> currentPlan() {
		return plans.findCurrentId().flatMap(plans::findById);
	}

	/** The current plan's items in the plan's order. */
	public List<PlanItem> current() {
		return items.findCurrent();
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
		return items.findCurrentByCode(normaliseCode(code));
	}

	public Optional<PlanItem> byId(PlanItemId id) {
		return items.findById(id.value());
	}

	@Transactional
	public PlanItem setDeadline(PlanItemId id, LocalDate deadline) {
		var item = items.findById(id.value()).orElseThrow(() -> new IllegalArgumentException("No plan item " + id));
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
