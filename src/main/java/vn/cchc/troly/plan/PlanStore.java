package vn.cchc.troly.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.troly.people.Positions;
import vn.cchc.troly.people.Unit;
import vn.cchc.troly.people.UnitScope;
import vn.cchc.troly.people.Units;

/**
 * Stores a parsed plan. A plan is the same plan again when unit, year and title match; its items
 * are matched by code and updated in place, so their ids (which progress reports point at) and
 * any deadline the coordinator set survive. An item the document no longer holds is withdrawn,
 * never deleted; one that comes back is restored. The item order follows the document without
 * counting as a change. The coordinator's deadline ({@code /han}) is the item's own, apart from the
 * plan's (its time frame): a re-import changes the plan's and keeps the coordinator's.
 */
@Component
class PlanStore {

	private final Units units;
	private final UnitScope scope;
	private final PlanRepository plans;
	private final PlanItemRepository items;
	private final Positions positions;
	private final Clock clock;

	PlanStore(Units units, UnitScope scope, PlanRepository plans, PlanItemRepository items, Positions positions,
			Clock clock) {
		this.units = units;
		this.scope = scope;
		this.plans = plans;
		this.items = items;
		this.positions = positions;
		this.clock = clock;
	}

	/**
	 * The plan already stored that a document is a new version of (same unit, year and title). The
	 * unit is the one in scope (the coordinator's, --unit), else the one the document names.
	 */
	Optional<Plan> existing(ParsedPlan parsed) {
		return units.forPlanIfAny(parsed.unitName())
			.flatMap(unit -> plans.findByUnitAndYearAndTitle(AggregateReference.to(unit.id()), parsed.year(),
					parsed.title()));
	}

	/**
	 * What storing a parsed plan would do to each item, without storing anything: positions the
	 * database does not know yet are compared by name (they would be created).
	 */
	@Transactional(readOnly = true)
	List<ImportResult.ItemOutcome> compare(ParsedPlan parsed) {
		var unit = units.forPlanIfAny(parsed.unitName());
		// A plan that would make a new unit has no stored version: every item would be added.
		return unit.map(u -> scope.within(u.unitId(), () -> compareIn(parsed))).orElseGet(() -> compareIn(parsed));
	}

	private List<ImportResult.ItemOutcome> compareIn(ParsedPlan parsed) {
		var existing = existing(parsed);
		var before = new LinkedHashMap<String, PlanItem>();
		existing.ifPresent(plan -> items.findByPlanOrderByOrdinal(plan.id()).forEach(item -> before.put(item.code(), item)));
		var outcomes = new ArrayList<ImportResult.ItemOutcome>();
		var planRef = AggregateReference.<Plan, Long>to(existing.map(Plan::id).orElse(0L));
		int ordinal = 0;
		for (var item : parsed.items()) {
			ordinal++;
			var old = before.remove(item.code());
			if (old == null) {
				outcomes.add(new ImportResult.ItemOutcome(null, item.code(), item.title(), ImportResult.Outcome.ADDED,
						List.of()));
				continue;
			}
			var fresh = toItem(item, planRef, ordinal, old, false);
			var changed = changes(old, fresh);
			outcomes.add(new ImportResult.ItemOutcome(old.id(), item.code(), item.title(),
					changed.isEmpty() ? ImportResult.Outcome.UNCHANGED : ImportResult.Outcome.CHANGED, List.copyOf(changed)));
		}
		before.values().stream().filter(gone -> !gone.withdrawn())
			.forEach(gone -> outcomes.add(outcome(gone, ImportResult.Outcome.WITHDRAWN, List.of())));
		return outcomes;
	}

	@Transactional
	ImportResult store(ParsedPlan parsed) {
		var unit = units.forPlan(parsed.unitName());
		// The plan's positions are its unit's: found and made there, whatever else is in scope.
		return scope.within(unit.unitId(), () -> storeIn(parsed, unit));
	}

	private ImportResult storeIn(ParsedPlan parsed, Unit unit) {
		var now = clock.instant();
		var unitRef = AggregateReference.<Unit, Long>to(unit.id());
		var existing = plans.findByUnitAndYearAndTitle(unitRef, parsed.year(), parsed.title());
		var plan = plans.save(new Plan(existing.map(Plan::id).orElse(null), unitRef, parsed.number(), parsed.title(),
				parsed.year(), parsed.issuedOn(), parsed.sourceName(), now, parsed.sections(), parsed.rules()));
		var planRef = AggregateReference.<Plan, Long>to(plan.id());

		var before = new LinkedHashMap<String, PlanItem>();
		if (existing.isPresent()) {
			items.findByPlanOrderByOrdinal(plan.id()).forEach(item -> before.put(item.code(), item));
		}
		var outcomes = new ArrayList<ImportResult.ItemOutcome>();
		int ordinal = 0;
		for (var item : parsed.items()) {
			ordinal++;
			var old = before.remove(item.code());
			var fresh = toItem(item, planRef, ordinal, old, true);
			if (old == null) {
				var saved = items.save(fresh);
				outcomes.add(outcome(saved, ImportResult.Outcome.ADDED, List.of()));
				continue;
			}
			var changed = changes(old, fresh);
			if (!changed.isEmpty() || old.ordinal() != ordinal) {
				items.save(fresh);
			}
			outcomes.add(outcome(fresh, changed.isEmpty() ? ImportResult.Outcome.UNCHANGED : ImportResult.Outcome.CHANGED,
					List.copyOf(changed)));
		}
		for (var gone : before.values()) {
			if (!gone.withdrawn()) {
				items.save(gone.withWithdrawnAt(now));
				outcomes.add(outcome(gone, ImportResult.Outcome.WITHDRAWN, List.of()));
			}
		}
		return new ImportResult(plan.id(), plan.title(), plan.year(), unit.name(), existing.isEmpty(), outcomes,
				parsed.warnings());
	}

	/**
	 * The stored form of a parsed item, keeping the old item's id and the coordinator's deadline.
	 * With {@code create} false a position the database does not know gets no id (id -1), so that
	 * it compares as changed without being created.
	 */
	private PlanItem toItem(ParsedItem item, AggregateReference<Plan, Long> plan, int ordinal, PlanItem old,
			boolean create) {
		AggregateReference<vn.cchc.troly.people.Position, Long> lead = item.lead() == null ? null
				: AggregateReference.to(positionId(item.lead(), create));
		var coordinating = item.coordinating().stream()
			.map(name -> new PlanItem.Coordinator(AggregateReference.to(positionId(name, create))))
			.toList();
		return new PlanItem(old == null ? null : old.id(), plan, item.code(), ordinal, item.sectionCode(), item.title(),
				item.baseline(), item.target(), lead, item.leadText(), item.leadDuty(), item.coordinatingText(),
				coordinating, item.timeframe(), old == null ? null : old.deadline(), null);
	}

	private long positionId(String name, boolean create) {
		if (create) {
			return positions.resolve(name).id();
		}
		return positions.find(name).map(vn.cchc.troly.people.Position::id).orElse(-1L);
	}

	private static EnumSet<ItemField> changes(PlanItem old, PlanItem fresh) {
		var changed = EnumSet.noneOf(ItemField.class);
		if (!Objects.equals(old.title(), fresh.title())) {
			changed.add(ItemField.TITLE);
		}
		if (!Objects.equals(old.sectionCode(), fresh.sectionCode())) {
			changed.add(ItemField.SECTION);
		}
		if (!sameBaseline(old.baseline(), fresh.baseline())) {
			changed.add(ItemField.BASELINE);
		}
		if (!sameTarget(old.target(), fresh.target())) {
			changed.add(ItemField.TARGET);
		}
		if (!Objects.equals(id(old.leadPosition()), id(fresh.leadPosition()))
				|| !Objects.equals(old.leadText(), fresh.leadText()) || !Objects.equals(old.leadDuty(), fresh.leadDuty())) {
			changed.add(ItemField.LEAD);
		}
		if (!Objects.equals(old.coordinatingText(), fresh.coordinatingText())
				|| !old.coordinating().stream().map(c -> id(c.position())).toList()
					.equals(fresh.coordinating().stream().map(c -> id(c.position())).toList())) {
			changed.add(ItemField.COORDINATING);
		}
		if (!Objects.equals(old.timeframe(), fresh.timeframe())) {
			changed.add(ItemField.TIMEFRAME);
		}
		if (old.withdrawn()) {
			changed.add(ItemField.RESTORED);
		}
		return changed;
	}

	private static boolean sameBaseline(Baseline a, Baseline b) {
		return Objects.equals(a.text(), b.text()) && sameNumber(a.value(), b.value()) && a.bound() == b.bound();
	}

	private static boolean sameTarget(Target a, Target b) {
		return Objects.equals(a.text(), b.text()) && a.kind() == b.kind() && a.comparator() == b.comparator()
				&& sameNumber(a.value(), b.value()) && Objects.equals(a.unit(), b.unit()) && a.perYear() == b.perYear();
	}

	/** 98 and the stored 98.0000 are the same number. */
	private static boolean sameNumber(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	private static Long id(AggregateReference<?, Long> reference) {
		return reference == null ? null : reference.getId();
	}

	private static ImportResult.ItemOutcome outcome(PlanItem item, ImportResult.Outcome outcome, List<ItemField> changed) {
		return new ImportResult.ItemOutcome(item.id(), item.code(), item.title(), outcome, changed);
	}
}
