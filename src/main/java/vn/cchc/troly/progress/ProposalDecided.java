package vn.cchc.troly.progress;

/**
 * The lead confirmed ({@code confirmed}) or declined a proposed figure; the proposer is to be told.
 * {@code decisionId} is the lead's report (the confirming figure, or the decline).
 */
public record ProposalDecided(long proposalId, long decisionId, boolean confirmed, long itemId, String itemCode,
		long proposerId, long deciderId) {
}
