package vn.cchc.troly.progress;

import java.time.Instant;

/** How a lead answered a proposed figure: confirmed or declined, by whom, when. */
public record ProposalAnswer(boolean confirmed, String by, Instant at) {
}
