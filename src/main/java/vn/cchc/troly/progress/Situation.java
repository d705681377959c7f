package vn.cchc.troly.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import vn.cchc.troly.plan.PlanItem;

/**
 * An item and where it stands now.
 *
 * @param latest this year's latest figure, or null
 * @param latestAt when it was reported
 * @param latestBy whose figure it is (who recorded it; for a confirmed proposal, who proposed it), or null
 * @param lastYear last year's figure (flagged as such, else the latest reported last year), or null
 * @param latestNote this year's latest note, or null
 * @param lastReportAt the latest report of any kind on the item, or null
 */
public record Situation(PlanItem item, Figure latest, Instant latestAt, FigureBy latestBy, Figure lastYear,
		String latestNote,
		Instant lastReportAt, ItemStatus status) {

	/** The day of the last report in the zone (the commune's: the clock's), or null. */
	public LocalDate lastReportOn(ZoneId zone) {
		return lastReportAt == null ? null : LocalDate.ofInstant(lastReportAt, zone);
	}
}
