package vn.cchc.troly.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.troly.people.Official;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.people.UnitId;
import vn.cchc.troly.people.UnitScope;
import vn.cchc.troly.plan.PlanItem;
import vn.cchc.troly.plan.PlanItemId;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.progress.ExplanationOutcome.AlreadyWaiting;
import vn.cchc.troly.progress.ExplanationOutcome.Answered;
import vn.cchc.troly.progress.ExplanationOutcome.Asked;
import vn.cchc.troly.progress.ExplanationOutcome.Reason;
import vn.cchc.troly.progress.ExplanationOutcome.Refused;

/**
 * Asking for an explanation (giải trình): a leader or the coordinator asks about an item of the current
 * plan (the province's people about an item of the unit they bound in scope); its active leads (else the coordinators) are asked and answer once; the answer goes back to
 * whoever asked and stays with the item. A request left unanswered for
 * {@code troly.explanation.remind-after} is reminded once.
 */
@Service
public class Explanations {

	/** The longest note a leader adds to a request, in characters. */
	public static final int NOTE_LIMIT = 1000;
	/** The longest answer kept, in characters (the column). */
	public static final int ANSWER_LIMIT = 4000;

	private final ExplanationRepository explanations;
	private final ExplanationAnswerRepository answers;
	private final PlanItems planItems;
	private final PeopleManagement people;
	private final ExplanationSettings settings;
	private final ApplicationEventPublisher events;
	private final UnitScope scope;
	private final Clock clock;

	Explanations(ExplanationRepository explanations, ExplanationAnswerRepository answers, PlanItems planItems,
			PeopleManagement people, ExplanationSettings settings, ApplicationEventPublisher events, UnitScope scope,
			Clock clock) {
		this.scope = scope;
		this.explanations = explanations;
		this.answers = answers;
		this.planItems = planItems;
		this.people = people;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A leader (or the coordinator) asks the item's leads to explain, with an optional note; the item
	 * is of the unit in scope, which for one of the province's people is the unit they picked.
	 */
	@Transactional
	public ExplanationOutcome ask(Official by, String itemCode, String note) {
		if (!by.active() || !mayAsk(by)) {
			return new Refused(Reason.NOT_A_LEADER, null);
		}
		var item = planItems.byCode(itemCode).orElse(null);
		if (item == null) {
			return new Refused(Reason.UNKNOWN_ITEM, null);
		}
		var text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.codePointCount(0, text.length()) > NOTE_LIMIT) {
			return new Refused(Reason.TOO_LONG, null);
		}
		var waiting = explanations.ofItem(item.id()).stream()
			.filter(x -> !x.answered() && x.askedById() == by.id())
			.findFirst();
		if (waiting.isPresent()) {
			return new AlreadyWaiting(waiting.get());
		}
		var asked = askees(item).stream().filter(o -> o.id() != by.id()).toList();
		if (asked.isEmpty()) {
			return new Refused(Reason.NOBODY_TO_ASK, null);
		}
		var saved = explanations.save(new Explanation(null, AggregateReference.to(item.id()),
				AggregateReference.to(by.id()), text, now(), null));
		events.publishEvent(new ExplanationRequested(saved.id(), asked.stream().map(Official::id).toList()));
		return new Asked(explanations.view(saved.id()).orElseThrow(),
				asked.stream().map(Official::displayName).toList());
	}

	/** Leaders and coordinators ask in their unit; the province's people in any unit. */
	public static boolean mayAsk(Official official) {
		return official.hasRole(Role.LEADER) || official.hasRole(Role.COORDINATOR)
				|| official.isProvince() && official.hasRole(Role.PROVINCE);
	}

	/** The lead (or the coordinator) answers a request, once. */
	@Transactional
	public ExplanationOutcome answer(Official by, long explanationId, String text) {
		var view = view(explanationId).orElse(null);
		if (view == null) {
			return new Refused(Reason.UNKNOWN_REQUEST, null);
		}
		if (view.answered()) {
			return new Refused(Reason.ALREADY_ANSWERED, view);
		}
		if (!mayAnswer(by, explanationId)) {
			return new Refused(Reason.NOT_THE_LEAD, view);
		}
		var answer = text == null ? "" : text.strip();
		if (answer.isEmpty()) {
			return new Refused(Reason.EMPTY_ANSWER, view);
		}
		if (answer.codePointCount(0, answer.length()) > ANSWER_LIMIT) {
			return new Refused(Reason.TOO_LONG, view);
		}
		answers.save(new ExplanationAnswer(null, AggregateReference.to(explanationId), AggregateReference.to(by.id()),
				answer, now()));
		events.publishEvent(new ExplanationAnswered(explanationId, view.askedById()));
		return new Answered(explanations.view(explanationId).orElseThrow());
	}

	/** Whether the official may answer the request: they lead its item, or coordinate the plan. */
	public boolean mayAnswer(Official official, long explanationId) {
		return explanations.findById(explanationId)
			.flatMap(x -> planItems.byId(new PlanItemId(x.item().getId())))
			.map(item -> official.active() && (Responsibilities.leads(official, item) || official.hasRole(Role.COORDINATOR)))
			.orElse(false);
	}

	/** A request with its item and answer; empty for another unit's (a button's id comes from the client). */
	public Optional<ExplanationView> view(long explanationId) {
		return explanations.findById(explanationId)
			.filter(x -> planItems.byId(new PlanItemId(x.item().getId())).isPresent())
			.flatMap(x -> explanations.view(explanationId));
	}

	/** The unit of the request's item, whichever is in scope: its notices are written in that unit. */
	public Optional<UnitId> unitOf(long explanationId) {
		return explanations.findById(explanationId).flatMap(x -> planItems.unitOf(new PlanItemId(x.item().getId())));
	}

	/** An item's requests, newest first. */
	public List<ExplanationView> ofItem(PlanItem item) {
		return explanations.ofItem(item.id());
	}

	/** Every request on a plan, oldest first (the export). */
	public List<ExplanationView> ofPlan(long planId) {
		return explanations.ofPlan(planId);
	}

	/** The current plan's requests still waiting for an answer, oldest first. */
	public List<ExplanationView> waiting() {
		return planItems.currentPlan().map(plan -> explanations.waiting(plan.id(), clock.instant())).orElse(List.of());
	}

	/** A plan's requests still waiting for an answer, oldest first. */
	public List<ExplanationView> ofPlanWaiting(long planId) {
		return explanations.waiting(planId, clock.instant());
	}

	/**
	 * What the official asked and still waits for, on every unit's current plan, by unit then oldest
	 * first: the province's list, which no unit in scope limits.
	 */
	public List<ExplanationView> waitingAskedBy(Official official) {
		return explanations.waitingAskedBy(official.id(), clock.instant());
	}

	/** Requests on the current plan waiting for this official's answer: on items they lead (all, for the coordinator). */
	public List<ExplanationView> waitingFor(Official official) {
		var items = planItems.current();
		return waiting().stream().filter(x -> official.hasRole(Role.COORDINATOR) || items.stream()
			.anyMatch(i -> i.code().equals(x.itemCode()) && Responsibilities.leads(official, i))).toList();
	}

	/** Requests on a plan answered within [from, to]. */
	public List<ExplanationView> answeredBetween(long planId, Instant from, Instant to) {
		return explanations.answeredBetween(planId, from, to);
	}

	/**
	 * Reminds the leads of each of the unit in scope's requests left unanswered for {@code remind-after},
	 * once; the number reminded. A request whose item has no lead any more goes to the coordinators.
	 */
	@Transactional
	public int remindUnanswered() {
		var now = now();
		int reminded = 0;
		for (var request : explanations.toRemind(now.minus(settings.remindAfter()), scope.currentIdOrNone())) {
			var item = planItems.byId(new PlanItemId(request.item().getId())).orElse(null);
			if (item == null || !explanations.reminded(request.id(), now)) {
				continue;
			}
			var asked = askees(item).stream().filter(o -> o.id() != request.askedBy().getId()).map(Official::id)
				.toList();
			if (!asked.isEmpty()) {
				events.publishEvent(new ExplanationReminded(request.id(), asked));
				reminded++;
			}
		}
		return reminded;
	}

	/** Whoever answers for the item: its active leads, else the coordinators. */
	private List<Official> askees(PlanItem item) {
		var leads = item.leadPosition() == null ? List.<Official>of() : people.holding(item.leadPosition().getId());
		return leads.isEmpty() ? people.withRole(Role.COORDINATOR) : leads;
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}
}
