package vn.cchc.troly.report;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.troly.people.UnitScope;
import vn.cchc.troly.people.Units;
import vn.cchc.troly.plan.PlanManagement;
import vn.cchc.troly.progress.ItemSituation;
import vn.cchc.troly.progress.ProgressSettings;

/**
 * Where every unit stands, for the province. Each unit's plan is judged in that unit's scope with
 * the one status rule, exactly as the unit's own /tinhhinh judges it (the lead who joined late, the
 * unit's deadlines), so the province never sees a unit differently from the unit itself.
 */
@Service
@Transactional(readOnly = true)
public class ProvinceStandings {

	private final Units units;
	private final PlanManagement plans;
	private final ItemSituation situations;
	private final UnitScope scope;
	private final ProgressSettings progress;
	private final Clock clock;

	ProvinceStandings(Units units, PlanManagement plans, ItemSituation situations, UnitScope scope,
			ProgressSettings progress, Clock clock) {
		this.units = units;
		this.plans = plans;
		this.situations = situations;
		this.scope = scope;
		this.progress = progress;
		this.clock = clock;
	}

	/** Every unit, ranked: best share of numeric indicators met first, the units without a plan last. */
	public ProvinceOverview overview() {
		var now = clock.instant();
		var since = now.minus(progress.reportingPeriod());
		var current = plans.currentPlanOfEveryUnit();
		var standings = units.all().stream().map(unit -> {
			var planId = current.get(unit.unitId());
			if (planId == null) {
				return UnitStanding.withoutPlan(unit.id(), unit.name());
			}
			var all = scope.within(unit.unitId(), () -> situations.situations(planId));
			return UnitStanding.of(unit.id(), unit.name(), planId, all, since);
		}).sorted(UnitStanding.ranking()).toList();
		return new ProvinceOverview(LocalDate.ofInstant(now, clock.getZone()), LocalDate.ofInstant(since, clock.getZone()),
				standings);
	}
}
