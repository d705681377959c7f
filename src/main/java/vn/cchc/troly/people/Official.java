package vn.cchc.troly.people;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person registered with the bot, known by their Telegram user id. They hold one or more
 * positions and roles, each gained by redeeming an invite. The chat language is the chat layer's
 * business, not kept here. An official belongs to one unit ({@code unitId}); the province's people
 * belong to none.
 */
@Table("official")
public record Official(@Id Long id, long telegramUserId, String displayName, String username, boolean active,
		Instant registeredAt, Instant mutedUntil, Long unitId,
		@MappedCollection(idColumn = "official_id") Set<RoleGrant> roles,
		@MappedCollection(idColumn = "official_id") Set<PositionHeld> positions) {

	public Official {
		roles = roles == null ? Set.of() : Set.copyOf(roles);
		positions = positions == null ? Set.of() : Set.copyOf(positions);
	}

	@Table("official_role")
	public record RoleGrant(Role role) {
	}

	@Table("official_position")
	public record PositionHeld(@Column("position_id") AggregateReference<Position, Long> position) {

		long positionId() {
			return position.getId();
		}
	}

	static Official register(long telegramUserId, String displayName, String username, Instant now, Long unitId) {
		return new Official(null, telegramUserId, displayName, username, true, now, null, unitId, Set.of(), Set.of());
	}

	/** The unit the official works in; empty for the province's people. */
	public java.util.Optional<UnitId> unit() {
		return java.util.Optional.ofNullable(unitId).map(UnitId::new);
	}

	/** One of the province's people: sees every unit, holds no items. */
	public boolean isProvince() {
		return unitId == null;
	}

	/** The official's id, typed; null before the official is first saved. */
	public OfficialId officialId() {
		return id == null ? null : new OfficialId(id);
	}

	public boolean hasRole(Role role) {
		return roles.stream().anyMatch(grant -> grant.role() == role);
	}

	public boolean holds(long positionId) {
		return positions.stream().anyMatch(held -> held.positionId() == positionId);
	}

	public Set<Long> positionIds() {
		return positions.stream().map(PositionHeld::positionId).collect(Collectors.toUnmodifiableSet());
	}

	/** Muted (by /tamdung) until a moment still to come: reminders skip them. */
	public boolean isMuted(Instant now) {
		return mutedUntil != null && mutedUntil.isAfter(now);
	}

	Official granting(Role role, long positionId) {
		var newRoles = new HashSet<>(roles);
		if (!hasRole(role)) {
			newRoles.add(new RoleGrant(role));
		}
		var newPositions = new HashSet<>(positions);
		if (!holds(positionId)) {
			newPositions.add(new PositionHeld(AggregateReference.to(positionId)));
		}
		return new Official(id, telegramUserId, displayName, username, true, registeredAt, mutedUntil, unitId, newRoles,
				newPositions);
	}

	/**
	 * The official in the unit an invite brings them to. Only someone no longer active moves (an
	 * active one is refused an invite to another unit before this).
	 */
	Official inUnit(Long newUnitId) {
		return new Official(id, telegramUserId, displayName, username, active, registeredAt, mutedUntil, newUnitId,
				java.util.Objects.equals(unitId, newUnitId) ? roles : Set.of(),
				java.util.Objects.equals(unitId, newUnitId) ? positions : Set.of());
	}

	Official named(String newDisplayName, String newUsername) {
		return new Official(id, telegramUserId, newDisplayName, newUsername, active, registeredAt, mutedUntil, unitId, roles,
				positions);
	}

	Official mutedUntil(Instant until) {
		return new Official(id, telegramUserId, displayName, username, active, registeredAt, until, unitId, roles,
				positions);
	}
}
