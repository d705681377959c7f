package vn.cchc.troly.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Every unit of the installation and where it stands, ranked ({@link UnitStanding#ranking()}): the
 * province's /tinhhinh and its weekly digest.
 *
 * @param today the day it was worked out, in the installation's zone
 * @param periodFrom the first day of the reporting period: a unit with no report since is "nothing reported"
 * @param units every unit, best first; the units without a plan last
 */
public record ProvinceOverview(LocalDate today, LocalDate periodFrom, List<UnitStanding> units) {

	public ProvinceOverview {
		units = List.copyOf(units);
	}

	/** The units with a plan, in ranking order: the 1st is {@code ranked().get(0)}. */
	public List<UnitStanding> ranked() {
		return units.stream().filter(UnitStanding::hasPlan).toList();
	}

	/** The units that have no plan yet. */
	public List<UnitStanding> withoutPlan() {
		return units.stream().filter(u -> !u.hasPlan()).toList();
	}

	/** The units with a plan on which nothing was reported this period, in ranking order. */
	public List<UnitStanding> nothingReported() {
		return units.stream().filter(UnitStanding::nothingReported).toList();
	}

	/** Items 🔴 across the units. */
	public int red() {
		return units.stream().mapToInt(UnitStanding::red).sum();
	}

	/** Items overdue across the units. */
	public int overdue() {
		return units.stream().mapToInt(UnitStanding::overdue).sum();
	}
}
