package vn.cchc.troly.progress;

import java.util.List;

/**
 * A figure that counts came to an item from someone other than its lead: the coordinator's, or a
 * proposal a lead confirmed. The item's other active leads ({@code tellOfficialIds}) are to be told
 * privately. {@code reportId} is the figure.
 */
public record FigureFromOthers(long reportId, long itemId, String itemCode, List<Long> tellOfficialIds) {
}
