package vn.cchc.troly.report;

import java.util.List;

import vn.cchc.troly.progress.ItemStatus;
import vn.cchc.troly.progress.ItemStatus.Missing;
import vn.cchc.troly.progress.ItemStatus.Status;

/**
 * How many items stand where: by status, and how many are overdue or ⏰ stale (those overlap the
 * statuses). {@code noNote} counts the ⚪ items that are qualitative items without a note ("Chưa có
 * ghi chú"); the other {@code noData - noNote} have no figure ("Chưa có số liệu").
 */
public record StatusCounts(int total, int met, int near, int notMet, int noData, int noNote, int overdue, int stale) {

	static StatusCounts of(List<ItemStatus> statuses) {
		return new StatusCounts(statuses.size(), count(statuses, Status.MET), count(statuses, Status.NEAR),
				count(statuses, Status.NOT_MET), count(statuses, Status.NO_DATA),
				(int) statuses.stream().filter(s -> s.status() == Status.NO_DATA && s.missing() == Missing.NO_NOTE).count(),
				(int) statuses.stream().filter(ItemStatus::overdue).count(),
				(int) statuses.stream().filter(ItemStatus::stale).count());
	}

	public int of(Status status) {
		return switch (status) {
			case MET -> met;
			case NEAR -> near;
			case NOT_MET -> notMet;
			case NO_DATA -> noData;
		};
	}

	private static int count(List<ItemStatus> statuses, Status status) {
		return (int) statuses.stream().filter(s -> s.status() == status).count();
	}
}
