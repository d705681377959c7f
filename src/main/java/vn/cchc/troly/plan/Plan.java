package vn.cchc.troly.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import vn.cchc.troly.people.Unit;

/**
 * A plan (kế hoạch) with its sections and general rules. Items are their own aggregate
 * ({@link PlanItem}) so their ids survive a re-import.
 */
@Table("plan")
public record Plan(@Id Long id, @Column("unit_id") AggregateReference<Unit, Long> unit, String number, String title,
		@Column("plan_year") int year, LocalDate issuedOn, String sourceName, Instant importedAt,
		@MappedCollection(idColumn = "plan_id", keyColumn = "idx") List<Section> sections,
		@MappedCollection(idColumn = "plan_id", keyColumn = "idx") List<Rule> rules) {

	/** A numbered part of the plan's content: "2. Cải cách thủ tục hành chính". */
	@Table("plan_section")
	public record Section(String code, String title) {
	}

	/** A clause that binds the whole plan rather than one lead: clause 5 of the seed. */
	@Table("plan_rule")
	public record Rule(String code, String text) {
	}
}
