package vn.cchc.troly.people;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A one-time invite to a position and role. Only the SHA-256 of its code is kept, so a copy of
 * the database does not hand out working invites. It carries its unit: the one the person joins
 * (null for the province's people).
 */
@Table("invite")
record Invite(@Id Long id, String codeHash, @Column("position_id") AggregateReference<Position, Long> position,
		Role role, @Column("created_by") AggregateReference<Official, Long> createdBy, Instant createdAt,
		Instant expiresAt, Instant usedAt, @Column("used_by") AggregateReference<Official, Long> usedBy, Long unitId) {

	boolean isUsed() {
		return usedAt != null;
	}

	boolean hasExpiredAt(Instant now) {
		return !expiresAt.isAfter(now);
	}
}
