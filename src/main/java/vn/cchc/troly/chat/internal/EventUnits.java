package vn.cchc.troly.chat.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.cchc.troly.people.OfficialId;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.UnitId;
import vn.cchc.troly.people.UnitScope;
import vn.cchc.troly.plan.PlanItemId;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.progress.Explanations;

/**
 * The unit an event's notice is worked out in. A listener runs after the update's transaction has
 * committed (a batch of updates from several units commits at once), or after a restart when an
 * event is delivered again: nothing is in scope then, so each notice binds the unit of what it is
 * about (its item, or the official it goes to).
 */
@Component
public class EventUnits {

	private final PlanItems planItems;
	private final PeopleManagement people;
	private final UnitScope scope;
	private final Explanations explanations;

	EventUnits(PlanItems planItems, PeopleManagement people, UnitScope scope, Explanations explanations) {
		this.explanations = explanations;
		this.planItems = planItems;
		this.people = people;
		this.scope = scope;
	}

	/** Does the work in the unit of the item. */
	public void forItem(long itemId, Runnable work) {
		run(planItems.unitOf(new PlanItemId(itemId)), work);
	}

	/**
	 * Does the work in the unit of the request's item: a request is read only in its own unit (its id
	 * may come from a button), so it is looked up there.
	 */
	public void forExplanation(long explanationId, Runnable work) {
		run(explanations.unitOf(explanationId), work);
	}

	/** Does the work in the unit of the official (none bound for the province's people). */
	public void forOfficial(long officialId, Runnable work) {
		run(people.byId(new OfficialId(officialId)).flatMap(official -> official.unit()), work);
	}

	private void run(Optional<UnitId> unit, Runnable work) {
		unit.ifPresentOrElse(u -> scope.run(u, work), work);
	}
}
