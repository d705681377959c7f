package vn.cchc.troly.plan;

import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.cchc.troly.people.PlanPositions;

/** Tells the people module which positions the current plan names, for OFFICIAL invites. */
@Component
public class PlanNamedPositions implements PlanPositions {

	private final PlanItems planItems;

	PlanNamedPositions(PlanItems planItems) {
		this.planItems = planItems;
	}

	@Override
	public Set<Long> namedPositionIds() {
		var ids = new HashSet<Long>();
		for (var item : planItems.current()) {
			if (item.leadPosition() != null) {
				ids.add(item.leadPosition().getId());
			}
			item.coordinating().forEach(c -> ids.add(c.position().getId()));
		}
		return ids;
	}
}
