package vn.cchc.troly.report;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import vn.cchc.troly.people.Official;
import vn.cchc.troly.plan.PlanItem;

/**
 * A reminder sent to one official, written once. {@code periodKey} is the ISO week (PERIOD) or
 * the deadline's date (the others); {@code onceKey} is unique, which makes it happen once.
 */
@Table("reminder")
record Reminder(@Id Long id, String kind, @Column("official_id") AggregateReference<Official, Long> official,
		String periodKey, String onceKey, Instant issuedAt,
		@MappedCollection(idColumn = "reminder_id", keyColumn = "idx") List<Item> items) {

	@Table("reminder_item")
	record Item(@Column("plan_item_id") AggregateReference<PlanItem, Long> item, String itemCode) {
	}

	List<String> itemCodes() {
		return items.stream().map(Item::itemCode).toList();
	}
}
