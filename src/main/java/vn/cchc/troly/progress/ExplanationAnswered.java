package vn.cchc.troly.progress;

/** The lead answered a request for an explanation; the leader who asked ({@code askedById}) is to be told. */
public record ExplanationAnswered(long explanationId, long askedById) {
}
