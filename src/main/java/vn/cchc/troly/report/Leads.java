package vn.cchc.troly.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.cchc.troly.people.Official;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.Position;
import vn.cchc.troly.people.Positions;
import vn.cchc.troly.plan.PlanItem;
import vn.cchc.troly.progress.Situation;

/**
 * Who leads which item: the active officials holding its lead position. Read per summary, reminder
 * run or query: the position names once, the holders of each lead position asked about once.
 */
@Component
class Leads {

	private final PeopleManagement people;
	private final Positions positions;

	Leads(PeopleManagement people, Positions positions) {
		this.people = people;
		this.positions = positions;
	}

	Directory directory() {
		var names = positions.all().stream().collect(Collectors.toMap(Position::id, Position::name, (a, b) -> a));
		// Holders are read per lead position when first asked for, not every active official of the
		// database: a province has thousands, each an aggregate read with its roles and positions.
		var holders = new HashMap<Long, List<Official>>();
		return new Directory(positionId -> holders.computeIfAbsent(positionId, people::holding), names);
	}

	/** Active officials by the positions they hold (read when first asked for), and every position's name. */
	record Directory(Function<Long, List<Official>> holders, Map<Long, String> positionNames) {

		/** The active officials leading the item, by name. */
		List<Official> leadsOf(PlanItem item) {
			if (item.leadPosition() == null) {
				return List.of();
			}
			return holders.apply(item.leadPosition().getId()).stream()
				.sorted(Comparator.comparing(Official::displayName))
				.toList();
		}

		List<String> leadNames(PlanItem item) {
			return leadsOf(item).stream().map(Official::displayName).toList();
		}

		String leadPosition(PlanItem item) {
			return item.leadPosition() == null ? item.leadText() : positionNames.getOrDefault(item.leadPosition().getId(), item.leadText());
		}

		List<String> coordinating(PlanItem item) {
			return item.coordinating().stream()
				.map(c -> positionNames.get(c.position().getId()))
				.filter(name -> name != null)
				.toList();
		}

		/**
		 * The items nobody has reported on this period (⏰), per active lead, leads by name and
		 * items in plan order; {@code unled} holds those no registered official leads.
		 */
		NotReported notReported(List<Situation> situations) {
			var byOfficial = new LinkedHashMap<Official, List<Situation>>();
			var unled = new ArrayList<Situation>();
			for (var situation : situations) {
				if (!situation.status().stale()) {
					continue;
				}
				var leads = leadsOf(situation.item());
				if (leads.isEmpty()) {
					unled.add(situation);
				}
				leads.forEach(lead -> byOfficial.computeIfAbsent(lead, o -> new ArrayList<>()).add(situation));
			}
			var sorted = byOfficial.entrySet().stream()
				.sorted(Comparator.comparing((Map.Entry<Official, List<Situation>> e) -> e.getKey().displayName())
					.thenComparing(e -> e.getKey().id()))
				.map(e -> new Lead(e.getKey(), List.copyOf(e.getValue())))
				.toList();
			return new NotReported(sorted, List.copyOf(unled));
		}
	}

	record Lead(Official official, List<Situation> items) {
	}

	record NotReported(List<Lead> leads, List<Situation> unled) {
	}
}
