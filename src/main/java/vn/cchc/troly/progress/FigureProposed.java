package vn.cchc.troly.progress;

import java.util.List;

/**
 * A coordinating official proposed a figure ({@code proposalId}); the officials in {@code askOfficialIds}
 * (the item's active leads, else the coordinators) are to be asked to confirm or decline it.
 * Published in the transaction that stored it; {@link ProgressManagement#proposal} reads it.
 */
public record FigureProposed(long proposalId, long itemId, String itemCode, long proposerId,
		List<Long> askOfficialIds) {
}
