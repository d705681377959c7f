package vn.cchc.troly.progress;

/**
 * Whose figure it is: the official who recorded it, and for a proposal the lead confirmed, the
 * coordinating official who proposed it ("đề xuất của Nam, Mai xác nhận").
 *
 * @param recordedBy the name of who recorded the figure (the lead who confirmed, for a proposal)
 * @param proposedBy the name of who proposed it, or null when it was not a proposal
 */
public record FigureBy(String recordedBy, String proposedBy) {

	public boolean confirmedProposal() {
		return proposedBy != null;
	}
}
