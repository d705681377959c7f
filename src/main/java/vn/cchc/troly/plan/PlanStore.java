package vn.cchc.troly.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.troly.people.Positions;

/**
 * Stores a parsed plan. A plan is the same plan again when unit, year and title match; its items
 * are matched by code and updated in place, so their ids (which progress reports point at) and
 * any deadline the coordinator set survive. An item the document no longer holds is withdrawn,
 * never deleted; one that comes back is restored. The item order follows the document without
 * counting as a change.
 */
@Component
class PlanStore {

	private final UnitRepository units;
	private final PlanRepository plans;
	private final PlanItemRepository items;
	private final Positions positions;
	private final Clock clock;

	PlanStore(UnitRepository units, PlanRepository plans, PlanItemRepository items, Positions positions, Clock clock) {
		this.units = units;
		this.plans = plans;
		this.items = items;
		this.positions = positions;
		this.clock = clock;
	}

	@Transactional
	ImportResult store(ParsedPlan parsed) {
		var now = clock.instant();
		var unit = units.findByName(parsed.unitName())
			.orElseGet(() -> units.save(new Unit(null, parsed.unitName(), clock.getZone().getId())));
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
			var fresh = toItem(item, planRef, ordinal, old);
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

	private PlanItem toItem(ParsedItem item, AggregateReference<Plan, Long> plan, int ordinal, PlanItem old) {
		AggregateReference<vn.cchc.troly.people.Position, Long> lead = item.lead() == null ? null
				: AggregateReference.to(positions.resolve(item.lead()).id());
		var coordinating = item.coordinating().stream()
			.map(name -> new PlanItem.Coordinator(AggregateReference.to(positions.resolve(name).id())))
			.toList();
		return new PlanItem(old == null ? null : old.id(), plan, item.code(), ordinal, item.sectionCode(), item.title(),
				item.baseline(), item.target(), lead, item.leadText(), item.leadDuty(), item.coordinatingText(),
				coordinating, item.timeframe(), old == null ? null : old.deadline(), null);
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
