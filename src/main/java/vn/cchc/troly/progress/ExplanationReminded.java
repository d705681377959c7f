package vn.cchc.troly.progress;

import java.util.List;

/** A request for an explanation went unanswered for a while; its leads are reminded, once. */
public record ExplanationReminded(long explanationId, List<Long> remindOfficialIds) {
}
