package vn.cchc.troly.progress;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.cchc.troly.people.Official;
import vn.cchc.troly.people.Position;
import vn.cchc.troly.people.PositionKind;
import vn.cchc.troly.people.Positions;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.plan.PlanItem;

/**
 * Who answers for an item. The lead position leads it; a coordinating position or team supports
 * it. "Cán bộ, công chức xã" (ALL_STAFF) under Phối hợp lets every official send notes, evidence
 * and proposed figures on the item, but does not put it on everyone's own list: that would list
 * nearly the whole plan for each. Whose figure counts is {@link #standing}.
 */
@Component
class Responsibilities {

	private final Positions positions;

	Responsibilities(Positions positions) {
		this.positions = positions;
	}

	/** Position kinds by id, read once for a batch of items. */
	Map<Long, PositionKind> kinds() {
		return positions.all().stream().collect(Collectors.toMap(Position::id, Position::kind, (a, b) -> a));
	}

	Optional<Involvement> involvement(Official official, PlanItem item, Map<Long, PositionKind> kinds) {
		if (item.leadPosition() != null && official.holds(item.leadPosition().getId())) {
			return Optional.of(Involvement.LEAD);
		}
		var supports = item.coordinating().stream()
			.map(c -> c.position().getId())
			.anyMatch(id -> kinds.get(id) != PositionKind.ALL_STAFF && official.holds(id));
		return supports ? Optional.of(Involvement.SUPPORT) : Optional.empty();
	}

	/**
	 * What the official may report on the item: the lead position first (a leader who holds it leads),
	 * then the coordinator's role, then a leader's (who oversees, even where "Cán bộ, công chức xã"
	 * coordinates), then the coordinating positions.
	 */
	Standing standing(Official official, PlanItem item) {
		if (!official.active()) {
			return Standing.NONE;
		}
		if (leads(official, item)) {
			return Standing.LEAD;
		}
		if (official.hasRole(Role.COORDINATOR)) {
			return Standing.COORDINATOR;
		}
		if (official.hasRole(Role.LEADER)) {
			return Standing.LEADER;
		}
		// Only the kinds of the item's coordinating positions: a report asks this, and a province has thousands.
		var kinds = positions.byIds(item.coordinating().stream().map(c -> c.position().getId()).distinct().toList())
			.stream().collect(Collectors.toMap(Position::id, Position::kind));
		var everyone = item.coordinating().stream()
			.anyMatch(c -> kinds.get(c.position().getId()) == PositionKind.ALL_STAFF);
		return everyone || involvement(official, item, kinds).isPresent() ? Standing.SUPPORT : Standing.NONE;
	}

	static boolean leads(Official official, PlanItem item) {
		return item.leadPosition() != null && official.holds(item.leadPosition().getId());
	}
}
