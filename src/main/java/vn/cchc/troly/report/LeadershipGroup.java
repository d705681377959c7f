package vn.cchc.troly.report;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.troly.people.UnitId;
import vn.cchc.troly.people.UnitScope;

/**
 * Each unit's one group chat of its leaders (set by /nhomlanhdao in that group), and the province's
 * own group. A unit's weekly summary goes to its group, and leader commands sent from any other group
 * get no data. A chat is the group of one unit at a time: a second unit cannot take it.
 */
@Service
public class LeadershipGroup {

	private final LeadershipGroupRepository groups;
	private final UnitScope scope;
	private final Clock clock;

	LeadershipGroup(LeadershipGroupRepository groups, UnitScope scope, Clock clock) {
		this.groups = groups;
		this.scope = scope;
		this.clock = clock;
	}

	/** Makes the chat the unit in scope's leadership group; another group set before stops being it. */
	@Transactional
	public LeadershipGroupChange set(long chatId, String title, Long setByOfficialId) {
		var previous = current();
		var saved = groups.save(new LeadershipGroupRow(null, chatId, title == null ? null : title.strip(),
				setByOfficialId == null ? null : AggregateReference.to(setByOfficialId), clock.instant(),
				scope.currentIdOrNone()));
		return new LeadershipGroupChange(saved.chat(), previous.orElse(null));
	}

	/** Makes the chat the province's group, where the province digest goes. */
	@Transactional
	public LeadershipGroupChange setForProvince(long chatId, String title, Long setByOfficialId) {
		var previous = province();
		var saved = groups.save(new LeadershipGroupRow(null, chatId, title == null ? null : title.strip(),
				setByOfficialId == null ? null : AggregateReference.to(setByOfficialId), clock.instant(), null));
		return new LeadershipGroupChange(saved.chat(), previous.orElse(null));
	}

	/** The unit in scope's leadership group, if one has been set. */
	@Transactional(readOnly = true)
	public Optional<LeadershipChat> current() {
		return groups.findLatest(scope.currentIdOrNone()).map(LeadershipGroupRow::chat);
	}

	/** The province's group, if one has been set. */
	@Transactional(readOnly = true)
	public Optional<LeadershipChat> province() {
		return groups.findLatestOfProvince().map(LeadershipGroupRow::chat);
	}

	/** Whether the chat is the unit in scope's leadership group. */
	public boolean isLeadershipGroup(long chatId) {
		return current().filter(group -> group.chatId() == chatId).isPresent();
	}

	/** Whether the chat is the province's group. */
	public boolean isProvinceGroup(long chatId) {
		return province().filter(group -> group.chatId() == chatId).isPresent();
	}

	/** The chats that are or were another unit's group (or the province's), and never the unit in scope's. */
	@Transactional(readOnly = true)
	public Set<Long> chatsOfOthers() {
		return Set.copyOf(groups.findChatsOfOthers(scope.currentIdOrNone()));
	}

	/**
	 * Whether the chat is now the group of another unit than the one in scope (or the province's):
	 * setting it for this unit would send two units' summaries into one chat.
	 */
	public boolean belongsElsewhere(long chatId, Optional<UnitId> unit) {
		var mine = unit.map(UnitId::value).orElse(null);
		return groups.findOwnersOf(chatId).stream().anyMatch(owner -> !Objects.equals(owner.unitId(), mine));
	}
}
