package vn.cchc.troly.progress;

import java.time.LocalDate;
import java.time.ZoneId;

import vn.cchc.troly.plan.PlanItem;
import vn.cchc.troly.plan.Target;

/** One line of an official's "my items": the item, how they stand to it, and where it stands. */
public record MyItem(Involvement involvement, Situation situation) {

	public PlanItem item() {
		return situation.item();
	}

	public Target target() {
		return situation.item().target();
	}

	public Figure latest() {
		return situation.latest();
	}

	public ItemStatus status() {
		return situation.status();
	}

	public LocalDate deadline() {
		return situation.status().deadline();
	}

	public Long daysLeft() {
		return situation.status().daysLeft();
	}

	public LocalDate lastReportOn(ZoneId zone) {
		return situation.lastReportOn(zone);
	}
}
