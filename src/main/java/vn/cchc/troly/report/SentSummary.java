package vn.cchc.troly.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import vn.cchc.troly.people.Official;
import vn.cchc.troly.progress.Figure;
import vn.cchc.troly.progress.ItemStatus.Status;

/**
 * A weekly summary that was posted (or claimed for posting) to a chat: written once, never
 * changed. {@code content} is the {@link WeeklySummary} as JSON; {@code items} the snapshot of
 * each item's status and figure the next summary compares with.
 */
@Table("sent_summary")
record SentSummary(@Id Long id, String weekKey, long chatId, Instant sentAt, boolean manual,
		@Column("posted_by") AggregateReference<Official, Long> postedBy, String content,
		@MappedCollection(idColumn = "sent_summary_id") Set<ItemSnapshot> items, Long unitId) {

	@Table("sent_summary_item")
	record ItemSnapshot(long planItemId, String itemCode, Status status, boolean overdue, boolean stale,
			BigDecimal figureValue, Long figureNumerator, Long figureDenominator) {

		static ItemSnapshot of(WeeklySummary.Item item) {
			var figure = item.latest();
			return new ItemSnapshot(item.itemId(), item.code(), item.status(), item.overdue(), item.stale(),
					figure == null ? null : figure.value(), figure == null ? null : figure.numerator(),
					figure == null ? null : figure.denominator());
		}

		Figure figure(boolean percent) {
			return figureValue == null ? null : new Figure(figureValue, figureNumerator, figureDenominator, percent);
		}
	}
}
