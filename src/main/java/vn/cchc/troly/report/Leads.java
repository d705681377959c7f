package vn.cchc.troly.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.PositionHolders;
import vn.cchc.troly.people.PositionHolders.Holder;
import vn.cchc.troly.plan.PlanItem;
import vn.cchc.troly.progress.Situation;

/**
 * Who leads which item: the active officials holding its lead position. Read per summary, reminder
 * run or query, for the items shown: their lead and coordinating positions' names and holders in
 * one query, however many officials and positions the database holds.
 */
@Component
class Leads {

	private final PeopleManagement people;

	Leads(PeopleManagement people) {
		this.people = people;
	}

	/** The lead and coordinating positions of these items, with their names and active holders. */
	Directory directory(List<PlanItem> items) {
		var ids = new HashSet<Long>();
		for (var item : items) {
			if (item.leadPosition() != null) {
				ids.add(item.leadPosition().getId());
			}
			item.coordinating().forEach(c -> ids.add(c.position().getId()));
		}
		return new Directory(people.holders(ids));
	}

	/** The items' positions by id, each with its name and active holders. */
	record Directory(Map<Long, PositionHolders> positions) {

		/** The active officials leading the item, by name. */
		List<Holder> leadsOf(PlanItem item) {
			if (item.leadPosition() == null) {
				return List.of();
			}
			var position = positions.get(item.leadPosition().getId());
			if (position == null) {
				return List.of();
			}
			return position.holders().stream().sorted(Comparator.comparing(Holder::displayName)).toList();
		}

		List<String> leadNames(PlanItem item) {
			return leadsOf(item).stream().map(Holder::displayName).toList();
		}

		String leadPosition(PlanItem item) {
			if (item.leadPosition() == null) {
				return item.leadText();
			}
			var position = positions.get(item.leadPosition().getId());
			return position == null ? item.leadText() : position.name();
		}

		List<String> coordinating(PlanItem item) {
			return item.coordinating().stream()
				.map(c -> positions.get(c.position().getId()))
				.filter(position -> position != null)
				.map(PositionHolders::name)
				.toList();
		}

		/**
		 * The items nobody has reported on this period (⏰), per active lead, leads by name and
		 * items in plan order; {@code unled} holds those no registered official leads.
		 */
		NotReported notReported(List<Situation> situations) {
			var byHolder = new LinkedHashMap<Holder, List<Situation>>();
			var unled = new ArrayList<Situation>();
			for (var situation : situations) {
				if (!situation.status().stale()) {
					continue;
				}
				var leads = leadsOf(situation.item());
				if (leads.isEmpty()) {
					unled.add(situation);
				}
				leads.forEach(lead -> byHolder.computeIfAbsent(lead, o -> new ArrayList<>()).add(situation));
			}
			var sorted = byHolder.entrySet().stream()
				.sorted(Comparator.comparing((Map.Entry<Holder, List<Situation>> e) -> e.getKey().displayName())
					.thenComparing(e -> e.getKey().id()))
				.map(e -> new Lead(e.getKey(), List.copyOf(e.getValue())))
				.toList();
			return new NotReported(sorted, List.copyOf(unled));
		}
	}

	record Lead(Holder official, List<Situation> items) {
	}

	record NotReported(List<Lead> leads, List<Situation> unled) {
	}
}
