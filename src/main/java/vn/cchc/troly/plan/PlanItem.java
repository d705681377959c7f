package vn.cchc.troly.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import vn.cchc.troly.people.Position;

/**
 * A remediation item (nội dung khắc phục): "2.2 Tỷ lệ hồ sơ … giải quyết trước hạn, đúng hạn".
 * {@code leadText} and {@code coordinatingText} keep the plan's words; the references are the
 * positions they were matched to. {@code deadline} is set only when the coordinator sets one; the plan's own is the
 * time frame's, kept apart so that a re-import changes the plan's and keeps the coordinator's.
 * {@code withdrawnAt} is set when a re-import of the plan no longer holds the item: it is kept
 * (progress reports point at it) but is no longer part of the current plan.
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
		LocalDate deadline, Instant withdrawnAt) {

	@PersistenceCreator
	public PlanItem {
	}

	/** The item's id, typed; null before the item is first saved. */
	public PlanItemId itemId() {
		return id == null ? null : new PlanItemId(id);
	}

	/** An item that is part of its plan (not withdrawn). */
	public PlanItem(Long id, AggregateReference<Plan, Long> plan, String code, int ordinal, String sectionCode,
			String title, Baseline baseline, Target target, AggregateReference<Position, Long> leadPosition,
			String leadText, String leadDuty, String coordinatingText, List<Coordinator> coordinating,
			Timeframe timeframe, LocalDate deadline) {
		this(id, plan, code, ordinal, sectionCode, title, baseline, target, leadPosition, leadText, leadDuty,
				coordinatingText, coordinating, timeframe, deadline, null);
	}

	/** A position named under Phối hợp. */
	@Table("plan_item_coordinator")
	public record Coordinator(@Column("position_id") AggregateReference<Position, Long> position) {
	}

	/**
	 * The live deadline, the one every screen, summary, reminder and export shows: the one the
	 * coordinator set ({@code /han}), else the plan's ({@link Timeframe#deadlineOn}: the period end
	 * running on that day for a repeating time frame, the date itself for a one-off one, also once
	 * it has passed). Null when neither says one.
	 */
	public LocalDate deadlineOn(LocalDate today) {
		return deadline != null ? deadline : timeframe.deadlineOn(today);
	}

	public boolean withdrawn() {
		return withdrawnAt != null;
	}

	public PlanItem withDeadline(LocalDate newDeadline) {
		return new PlanItem(id, plan, code, ordinal, sectionCode, title, baseline, target, leadPosition, leadText,
				leadDuty, coordinatingText, coordinating, timeframe, newDeadline, withdrawnAt);
	}

	PlanItem withWithdrawnAt(Instant when) {
		return new PlanItem(id, plan, code, ordinal, sectionCode, title, baseline, target, leadPosition, leadText,
				leadDuty, coordinatingText, coordinating, timeframe, deadline, when);
	}
}
