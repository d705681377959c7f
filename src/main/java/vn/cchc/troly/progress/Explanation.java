package vn.cchc.troly.progress;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import vn.cchc.troly.people.Official;
import vn.cchc.troly.plan.PlanItem;

/**
 * A leader's request that an item's lead explain (giải trình) where it stands, with the leader's note
 * (may be null). Its answer is an {@link ExplanationAnswer} of its own; {@code remindedAt} is set once,
 * when the lead was reminded of a request left unanswered.
 */
@Table("explanation")
record Explanation(@Id Long id, @Column("plan_item_id") AggregateReference<PlanItem, Long> item,
		@Column("asked_by") AggregateReference<Official, Long> askedBy, String note, Instant askedAt,
		Instant remindedAt) {
}
