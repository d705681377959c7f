package vn.cchc.troly.report;

import java.util.List;

import vn.cchc.troly.progress.HistoryEntry;
import vn.cchc.troly.progress.Situation;

/**
 * One item in full: target, baseline, deadline and latest figure or note are in
 * {@code situation} (its item and status); who leads and coordinates it; its reports newest first
 * (undone ones marked) and how much evidence it has.
 *
 * @param leads names of the active officials holding the lead position
 * @param leadPosition the lead position's name
 * @param coordinating the coordinating positions' names ({@code situation.item().coordinatingText()} as the plan writes it)
 * @param deadlineSet the coordinator set the deadline (else it is the plan's, from its time frame)
 */
public record ItemDetail(Situation situation, List<String> leads, String leadPosition, List<String> coordinating,
		boolean deadlineSet, List<HistoryEntry> reports, long evidenceCount) {
}
