package vn.cchc.troly.people;

import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who uses the bot: invites, registration, roles and positions. Everything a user could type
 * wrong comes back as a refusal with a reason, never as an exception.
 */
@Service
public class PeopleManagement {

	private final OfficialRepository officials;
	private final InviteRepository invites;
	private final Positions positions;
	private final PlanPositions planPositions;
	private final Units units;
	private final UnitScope scope;
	private final PeopleSettings settings;
	private final Clock clock;
	private final ApplicationEventPublisher events;
	private final InviteCodes codes = new InviteCodes();

	PeopleManagement(OfficialRepository officials, InviteRepository invites, Positions positions,
			PlanPositions planPositions, Units units, UnitScope scope, PeopleSettings settings, Clock clock,
			ApplicationEventPublisher events) {
		this.officials = officials;
		this.invites = invites;
		this.positions = positions;
		this.planPositions = planPositions;
		this.units = units;
		this.scope = scope;
		this.settings = settings;
		this.clock = clock;
		this.events = events;
	}

	/** An invite valid for the configured time ({@code troly.people.invite-validity}). */
	@Transactional
	public InviteOutcome createInvite(String positionText, Role role, OfficialId createdBy) {
		return createInvite(positionText, role, createdBy, settings.inviteValidity());
	}

	/**
	 * A one-time invite to a position and role in the unit in scope. For OFFICIAL the position must
	 * be one the unit's plan names (matched the tolerant way); for LEADER and COORDINATOR a position
	 * the commune does not know yet ("Chủ tịch UBND xã") is recorded. A PROVINCE invite is to one
	 * of the province's own positions ("Sở Nội vụ") and to no unit.
	 */
	@Transactional
	public InviteOutcome createInvite(String positionText, Role role, OfficialId createdBy, Duration validity) {
		// The province's positions are its own: no unit's plan positions to suggest (and no unit in scope to read them).
		var suggested = role == Role.PROVINCE ? List.<String>of() : null;
		if (positionText == null || PositionNames.displayName(positionText).isBlank()) {
			return new InviteOutcome.Refused(InviteOutcome.Reason.NO_POSITION, positionText,
					suggested != null ? suggested : knownPositionNames());
		}
		if (PositionNames.kindOf(PositionNames.displayName(positionText)) == PositionKind.ALL_STAFF) {
			return new InviteOutcome.Refused(InviteOutcome.Reason.EVERYONE_GROUP, positionText,
					suggested != null ? suggested : knownPositionNames());
		}
		Position position;
		Long unitId = null;
		if (role == Role.PROVINCE) {
			position = positions.resolveForProvince(positionText);
		}
		else if (role == Role.OFFICIAL) {
			var named = positions.find(positionText).filter(p -> planPositions.namedPositionIds().contains(p.id()));
			if (named.isEmpty()) {
				var known = knownPositionNames();
				return new InviteOutcome.Refused(
						known.isEmpty() ? InviteOutcome.Reason.NO_PLAN_YET : InviteOutcome.Reason.NOT_IN_PLAN, positionText,
						known);
			}
			position = named.get();
			unitId = position.unitId();
		}
		else {
			position = positions.resolve(positionText);
			unitId = position.unitId();
		}
		var now = clock.instant();
		var code = codes.newCode();
		var invite = invites.save(new Invite(null, InviteCodes.hash(code), AggregateReference.to(position.id()), role,
				createdBy == null ? null : AggregateReference.to(createdBy.value()), now, now.plus(validity),
				null, null, unitId));
		return new InviteOutcome.Created(settings.inviteLinkBase() + code, code, position, role, invite.expiresAt());
	}

	/**
	 * Registers the Telegram user with the invite's unit, position and role. A user registered
	 * already gains the position and role; their name is refreshed from Telegram. A person works in
	 * one unit (or for the province): an invite to another is refused and stays unused.
	 */
	@Transactional
	public RedeemOutcome redeem(String code, long telegramUserId, String firstName, String username) {
		var candidate = code == null ? "" : code.strip();
		if (!InviteCodes.looksLikeCode(candidate)) {
			return new RedeemOutcome.Refused(RedeemOutcome.Reason.UNKNOWN);
		}
		var found = invites.findByCodeHash(InviteCodes.hash(candidate));
		if (found.isEmpty()) {
			return new RedeemOutcome.Refused(RedeemOutcome.Reason.UNKNOWN);
		}
		var invite = found.get();
		var now = clock.instant();
		if (invite.isUsed()) {
			return new RedeemOutcome.Refused(RedeemOutcome.Reason.USED);
		}
		if (invite.hasExpiredAt(now)) {
			return new RedeemOutcome.Refused(RedeemOutcome.Reason.EXPIRED);
		}
		var existing = officials.findByTelegramUserId(telegramUserId);
		if (existing.isPresent() && existing.get().active()
				&& !java.util.Objects.equals(existing.get().unitId(), invite.unitId())) {
			return new RedeemOutcome.Refused(RedeemOutcome.Reason.OTHER_UNIT);
		}
		// Two people opening the same link at once: only one update wins the invite.
		if (invites.claim(invite.id(), now) == 0) {
			return new RedeemOutcome.Refused(RedeemOutcome.Reason.USED);
		}
		var position = positions.byId(invite.position().getId()).orElseThrow();
		var name = displayName(firstName, username, telegramUserId);
		var official = existing.map(o -> o.named(name, blankToNull(username)).inUnit(invite.unitId()))
			.orElseGet(() -> Official.register(telegramUserId, name, blankToNull(username), now, invite.unitId()))
			.granting(invite.role(), position.id());
		var saved = officials.save(official);
		invites.recordUser(invite.id(), saved.id());
		events.publishEvent(new InviteRedeemed(saved.id(), telegramUserId, invite.role()));
		return new RedeemOutcome.Registered(saved, position, invite.role(), existing.isEmpty());
	}

	/**
	 * The official registered with this Telegram user id, read from the database. The chat layer
	 * reads its caller once per update and hands it on; read again for anything fresher.
	 */
	public Optional<Official> findByTelegramUser(long telegramUserId) {
		return officials.findByTelegramUserId(telegramUserId);
	}

	public Optional<Official> byId(OfficialId id) {
		return officials.findById(id.value());
	}

	/** Active officials who hold the position, by name. */
	public List<Official> holding(long positionId) {
		return officials.findActiveHolding(positionId);
	}

	/**
	 * The position this text names (matched the tolerant way) with its active holders by name, or
	 * empty when the commune has no such position yet: who holds it before another is invited.
	 */
	public Optional<PositionHolders> holdersOf(String positionText) {
		if (positionText == null || PositionNames.displayName(positionText).isBlank()) {
			return Optional.empty();
		}
		return positions.find(positionText).map(position -> holders(List.of(position.id())).get(position.id()));
	}

	/**
	 * The unit in scope's position with this id, with its active holders by name; empty for another
	 * unit's position (an id a button carries comes from the client).
	 */
	public Optional<PositionHolders> holdersOf(long positionId) {
		var unit = scope.currentIdOrNone();
		return positions.byId(positionId).filter(p -> p.unitId() != null && p.unitId() == unit)
			.map(p -> holders(List.of(p.id())).get(p.id()));
	}

	/**
	 * The positions with these ids, each with its active holders by name, in one query (a province
	 * plan's fifteen lead positions are one read, not fifteen reads of official aggregates).
	 * Unknown ids are left out.
	 */
	public Map<Long, PositionHolders> holders(Collection<Long> positionIds) {
		if (positionIds.isEmpty()) {
			return Map.of();
		}
		var rows = officials.findHolders(Set.copyOf(positionIds));
		var names = new LinkedHashMap<Long, String>();
		var holders = new HashMap<Long, List<PositionHolders.Holder>>();
		for (var row : rows) {
			names.putIfAbsent(row.positionId(), row.positionName());
			var list = holders.computeIfAbsent(row.positionId(), id -> new ArrayList<>());
			if (row.officialId() != null) {
				list.add(new PositionHolders.Holder(row.officialId(), row.telegramUserId(), row.displayName(),
						row.mutedUntil()));
			}
		}
		var byId = new LinkedHashMap<Long, PositionHolders>();
		names.forEach((id, name) -> byId.put(id, new PositionHolders(id, name, holders.get(id))));
		return byId;
	}

	/** The unit in scope's active officials with the role, by name: the leaders a summary goes to. */
	public List<Official> withRole(Role role) {
		return officials.findActiveWithRole(scope.currentIdOrNone(), role.name());
	}

	/** Active people with the role in every unit and the province: the command menus set at start. */
	public List<Official> withRoleEverywhere(Role role) {
		return officials.findActiveWithRoleEverywhere(role.name());
	}

	/** The unit in scope's active officials, by name. */
	public List<Official> activeOfficials() {
		return officials.findActiveOfUnit(scope.currentIdOrNone());
	}

	/**
	 * The Telegram users (whose private chats have their numbers) of the people of every unit but the
	 * one in scope, and of the province: what one unit's coordinator is not shown of the others.
	 */
	public Set<Long> telegramUsersOutside() {
		return Set.copyOf(officials.findTelegramUsersOutside(scope.currentIdOrNone()));
	}

	/** Whether the Telegram user is an active official with the role. */
	public boolean hasRole(long telegramUserId, Role role) {
		return officials.findByTelegramUserId(telegramUserId).filter(Official::active).map(o -> o.hasRole(role))
			.orElse(false);
	}

	/** Mutes reminders to the official until the moment given; null unmutes. Empty for no such official. */
	@Transactional
	public Optional<Official> setMutedUntil(OfficialId id, Instant until) {
		return officials.findById(id.value()).map(o -> officials.save(o.mutedUntil(until)));
	}

	private List<String> knownPositionNames() {
		var named = planPositions.namedPositionIds();
		return positions.all().stream()
			.filter(p -> named.contains(p.id()) && p.kind() != PositionKind.ALL_STAFF)
			.map(Position::name)
			.sorted(Collator.getInstance(Locale.forLanguageTag("vi")))
			.toList();
	}

	private static String displayName(String firstName, String username, long telegramUserId) {
		if (firstName != null && !firstName.isBlank()) {
			return firstName.strip();
		}
		return username != null && !username.isBlank() ? username.strip() : String.valueOf(telegramUserId);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
