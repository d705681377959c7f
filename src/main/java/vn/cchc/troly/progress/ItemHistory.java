package vn.cchc.troly.progress;

import java.util.List;

import vn.cchc.troly.plan.PlanItem;

/** An item with its reports, newest first; undone reports stay, marked. */
public record ItemHistory(PlanItem item, List<HistoryEntry> entries) {
}
