package vn.cchc.troly.progress;

import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.repository.Repository;

/** Answers are only ever added, one per request. */
interface ExplanationAnswerRepository extends Repository<ExplanationAnswer, Long> {

	ExplanationAnswer save(ExplanationAnswer answer);

	boolean existsByExplanation(AggregateReference<Explanation, Long> explanation);
}
