package vn.cchc.troly.progress;

/** What asking for, or giving, an explanation came to. */
public sealed interface ExplanationOutcome {

	/** The request was stored; {@code askedNames} are who was asked (the leads, else the coordinators). */
	record Asked(ExplanationView explanation, java.util.List<String> askedNames) implements ExplanationOutcome {
	}

	/** The same person already asked about the item and is still waiting: nothing new was stored. */
	record AlreadyWaiting(ExplanationView explanation) implements ExplanationOutcome {
	}

	/** The answer was stored and goes to the leader. */
	record Answered(ExplanationView explanation) implements ExplanationOutcome {
	}

	/** Nothing stored, for a reason the chat words ({@code chat.explain.refused.<REASON>}). */
	record Refused(Reason reason, ExplanationView explanation) implements ExplanationOutcome {
	}

	enum Reason {
		/** No item with this code in the current plan. */
		UNKNOWN_ITEM,
		/** Only leaders and the coordinator ask for explanations. */
		NOT_A_LEADER,
		/** Nobody holds the lead position and no other coordinator could answer. */
		NOBODY_TO_ASK,
		/** No such request. */
		UNKNOWN_REQUEST,
		/** Only the item's leads (or the coordinator) answer. */
		NOT_THE_LEAD,
		/** The request already has its answer. */
		ALREADY_ANSWERED,
		/** An answer with no words. */
		EMPTY_ANSWER,
		/** The note or answer is longer than kept. */
		TOO_LONG
	}
}
