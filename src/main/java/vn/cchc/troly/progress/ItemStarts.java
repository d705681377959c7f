package vn.cchc.troly.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.troly.TroLyCchcApplication;
import vn.cchc.troly.plan.PlanItem;

/**
 * When each item's reporting clock starts, for ⏰ ({@link StatusRule}): when its lead joined and when
 * the item started. Read for many items in one query, next to their progress rows.
 * <p>
 * The lead joined when an active official got the item's lead position: the invite they redeemed for
 * it, else (a holder made without an invite) their registration; the earliest such holder counts.
 * The item started at its plan's import, or on 1 January of the plan's year (or of the item's time
 * frame) when that comes later. A re-import of the plan moves its import time, and so the start.
 */
@Component
class ItemStarts {

	/** When an item's lead joined (null when nobody active holds the position) and when the item started. */
	record Start(Instant leadJoinedAt, Instant itemStartedAt) {
	}

	private final JdbcClient jdbc;

	ItemStarts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	Map<Long, Start> of(List<PlanItem> items) {
		if (items.isEmpty()) {
			return Map.of();
		}
		var byId = items.stream().collect(Collectors.toMap(PlanItem::id, item -> item, (a, b) -> a));
		return jdbc.sql("""
				select i.id as item_id, p.imported_at, p.plan_year,
				       (select min(coalesce(
				                   (select min(v.used_at) from invite v
				                    where v.used_by = o.id and v.position_id = h.position_id),
				                   o.registered_at))
				        from official_position h
				        join official o on o.id = h.official_id
				        where h.position_id = i.lead_position_id and o.active) as lead_joined_at
				from plan_item i
				join plan p on p.id = i.plan_id
				where i.id in (:items)
				""").param("items", byId.keySet())
			.query((rs, n) -> {
				var item = byId.get(rs.getLong("item_id"));
				return Map.entry(item.id(), new Start(instant(rs, "lead_joined_at"),
						started(instant(rs, "imported_at"), rs.getInt("plan_year"), item)));
			})
			.list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** The later of the plan's import and 1 January of the year the item runs from. */
	private static Instant started(Instant importedAt, int planYear, PlanItem item) {
		var fromYear = item.timeframe() == null || item.timeframe().fromYear() == null ? planYear
				: Math.max(planYear, item.timeframe().fromYear());
		var yearStart = LocalDate.of(fromYear, 1, 1).atStartOfDay(TroLyCchcApplication.ZONE).toInstant();
		return importedAt == null || yearStart.isAfter(importedAt) ? yearStart : importedAt;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		var value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
