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
 * business, not kept here.
 */
@Table("official")
public record Official(@Id Long id, long telegramUserId, String displayName, String username, boolean active,
		Instant registeredAt, Instant mutedUntil,
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

	static Official register(long telegramUserId, String displayName, String username, Instant now) {
		return new Official(null, telegramUserId, displayName, username, true, now, null, Set.of(), Set.of());
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
		return new Official(id, telegramUserId, displayName, username, true, registeredAt, mutedUntil, newRoles,
				newPositions);
	}

	Official named(String newDisplayName, String newUsername) {
		return new Official(id, telegramUserId, newDisplayName, newUsername, active, registeredAt, mutedUntil, roles,
				positions);
	}

	Official mutedUntil(Instant until) {
		return new Official(id, telegramUserId, displayName, username, active, registeredAt, until, roles, positions);
	}
}
