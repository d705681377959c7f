package vn.cchc.troly.plan;

import java.time.Instant;

/**
 * A stored plan at a glance: its unit, year, title and number, when it was last imported, how
 * many items it holds now (withdrawn ones not counted), and whether it is its unit's current plan
 * (the latest year's; of two plans of that year, the one imported last). The components are named
 * after the columns they are read from ({@code plan_year}: YEAR is an SQL keyword).
 */
public record PlanSummary(long id, String unitName, int planYear, String title, String number, Instant importedAt,
		int items, boolean currentPlan) {

	public int year() {
		return planYear;
	}

	public boolean current() {
		return currentPlan;
	}
}
