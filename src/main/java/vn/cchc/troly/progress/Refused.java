package vn.cchc.troly.progress;

/** Nothing was stored, for this reason; {@code figureProblem} is set for BAD_FIGURE. */
public record Refused(RefusalReason reason, FigureProblem figureProblem)
		implements FigureOutcome, NoteOutcome, UndoOutcome, EvidenceOutcome, DecisionOutcome,
		DescribeOutcome {

	static Refused because(RefusalReason reason) {
		return new Refused(reason, null);
	}
}
