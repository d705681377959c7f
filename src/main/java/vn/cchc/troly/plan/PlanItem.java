package vn.cchc.troly.plan;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import vn.cchc.troly.people.Position;

/**
 * A remediation item (nội dung khắc phục): "2.2 Tỷ lệ hồ sơ … giải quyết trước hạn, đúng hạn".
 * {@code leadText} and {@code coordinatingText} keep the plan's words; the references are the
 * positions they were matched to. {@code deadline} is set only when the coordinator sets one.
 */
@Table("plan_item")
public record PlanItem(@Id Long id, @Column("plan_id") AggregateReference<Plan, Long> plan, String code, int ordinal,
		String sectionCode, String title,
		@Embedded.Empty(prefix = "baseline_") Baseline baseline,
		@Embedded.Empty(prefix = "target_") Target target,
		@Column("lead_position_id") AggregateReference<Position, Long> leadPosition, String leadText, String leadDuty,
		String coordinatingText,
		@MappedCollection(idColumn = "plan_item_id", keyColumn = "idx") List<Coordinator> coordinating,
		@Embedded.Empty(prefix = "timeframe_") Timeframe timeframe,
		LocalDate deadline) {

	/** A position named under Phối hợp. */
	@Table("plan_item_coordinator")
	public record Coordinator(@Column("position_id") AggregateReference<Position, Long> position) {
	}

	/** The live deadline: the one set by the coordinator, else 31/12 of the running year. */
	public LocalDate deadlineOn(LocalDate today) {
		return deadline != null ? deadline : timeframe.impliedDeadline(today);
	}

	public PlanItem withDeadline(LocalDate newDeadline) {
		return new PlanItem(id, plan, code, ordinal, sectionCode, title, baseline, target, leadPosition, leadText,
				leadDuty, coordinatingText, coordinating, timeframe, newDeadline);
	}
}
