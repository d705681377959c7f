package vn.cchc.troly.people;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The communes and wards an installation serves. Units are made by the operator ({@code unit add},
 * {@code plan-import --unit}) or by the first plan imported into an installation; a unit's name is
 * matched the tolerant way ({@link UnitNames}).
 */
@Service
public class Units {

	private final UnitRepository units;
	private final UnitScope scope;
	private final Clock clock;

	Units(UnitRepository units, UnitScope scope, Clock clock) {
		this.units = units;
		this.scope = scope;
		this.clock = clock;
	}

	/** Every unit, by name. */
	public List<Unit> all() {
		return units.findAllOrdered();
	}

	public Optional<Unit> byId(UnitId id) {
		return units.findById(id.value());
	}

	/** The unit this name names ("Phổ Châu" is not enough: "xã Phổ Châu", "UBND xã Phổ Châu" are). */
	public Optional<Unit> find(String name) {
		var key = UnitNames.matchKey(name);
		if (key.isBlank()) {
			return Optional.empty();
		}
		return units.findAll().stream().filter(u -> u.name() != null && UnitNames.matchKey(u.name()).equals(key))
			.findFirst();
	}

	/**
	 * Units whose name contains what a person typed ("phổ châu" finds "UBND xã Phổ Châu"): how the
	 * province picks a unit in the chat. An exact name wins over a partial one.
	 */
	public List<Unit> search(String typed) {
		var exact = find(typed);
		if (exact.isPresent()) {
			return List.of(exact.get());
		}
		var key = UnitNames.matchKey(typed);
		if (key.isBlank()) {
			return List.of();
		}
		return all().stream().filter(u -> u.name() != null && UnitNames.matchKey(u.name()).contains(key)).toList();
	}

	/** The unit with this name, made if the installation has none by that name. */
	@Transactional
	public Unit add(String name) {
		var tidy = name.strip();
		return find(tidy).orElseGet(() -> units.save(Unit.named(tidy, clock.getZone().getId())));
	}

	/**
	 * The unit a plan naming this unit goes into: the unit in scope (the coordinator's, or the
	 * operator's --unit), named by the plan if it had no name yet. With none in scope, the unit of
	 * that name; else the installation's one unnamed unit, which the plan names; else a new unit, as
	 * the first plan of an installation always made.
	 */
	@Transactional
	public Unit forPlan(String planUnitName) {
		if (scope.isBound()) {
			var unit = units.findById(scope.current().orElseThrow().value()).orElseThrow();
			return unit.name() == null && planUnitName != null ? units.save(unit.withName(planUnitName.strip())) : unit;
		}
		var found = find(planUnitName);
		if (found.isPresent()) {
			return found.get();
		}
		var all = units.findAll();
		if (all.size() == 1 && all.get(0).name() == null) {
			return units.save(all.get(0).withName(planUnitName.strip()));
		}
		return units.save(Unit.named(planUnitName.strip(), clock.getZone().getId()));
	}

	/** The unit {@link #forPlan} would take, without making or naming one: empty when it would make one. */
	public Optional<Unit> forPlanIfAny(String planUnitName) {
		if (scope.isBound()) {
			return units.findById(scope.current().orElseThrow().value());
		}
		var found = find(planUnitName);
		if (found.isPresent()) {
			return found;
		}
		var all = units.findAll();
		return all.size() == 1 && all.get(0).name() == null ? Optional.of(all.get(0)) : Optional.empty();
	}

	/**
	 * The unit new people and positions go into: the one in scope; an installation with no unit yet
	 * (its first invite, before any plan) gets its unit now, unnamed until its first plan.
	 */
	@Transactional
	public UnitId home() {
		return scope.current().orElseGet(() -> units.save(Unit.named(null, clock.getZone().getId())).unitId());
	}

	/** Gives the unit its own summary and reminder times (Spring cron); null returns to the installation's. */
	@Transactional
	public Unit setSchedule(UnitId id, String summaryCron, String reminderCron) {
		var unit = units.findById(id.value()).orElseThrow();
		return units.save(unit.withSchedule(summaryCron, reminderCron));
	}

	/** Gives the unit its own default language (vi, en); null returns to Vietnamese. */
	@Transactional
	public Unit setLanguage(UnitId id, String language) {
		var unit = units.findById(id.value()).orElseThrow();
		return units.save(unit.withLanguage(language));
	}
}
