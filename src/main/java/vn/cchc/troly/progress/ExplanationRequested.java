package vn.cchc.troly.progress;

import java.util.List;

/**
 * A leader asked for an explanation ({@code explanationId}); the officials in {@code askOfficialIds}
 * (the item's active leads, else the coordinators) are to be asked. Published in the transaction that
 * stored it; {@link Explanations#view} reads it.
 */
public record ExplanationRequested(long explanationId, List<Long> askOfficialIds) {
}
