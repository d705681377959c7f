package vn.cchc.troly.progress;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import vn.cchc.troly.people.Official;

/** The lead's answer to an {@link Explanation}: one per request, never changed. */
@Table("explanation_answer")
record ExplanationAnswer(@Id Long id, @Column("explanation_id") AggregateReference<Explanation, Long> explanation,
		@Column("answered_by") AggregateReference<Official, Long> answeredBy, String text, Instant answeredAt) {
}
