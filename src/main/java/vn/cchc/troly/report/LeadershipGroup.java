package vn.cchc.troly.report;

import java.time.Clock;
import java.util.Optional;

import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one group chat of the commune's leaders (set by /nhomlanhdao in that group). The weekly
 * summary goes there, and leader commands sent from any other group get no data.
 */
@Service
public class LeadershipGroup {

	private final LeadershipGroupRepository groups;
	private final Clock clock;

	LeadershipGroup(LeadershipGroupRepository groups, Clock clock) {
		this.groups = groups;
		this.clock = clock;
	}

	/** Makes the chat the leadership group; another group set before stops being it. */
	@Transactional
	public LeadershipGroupChange set(long chatId, String title, Long setByOfficialId) {
		var previous = current();
		var saved = groups.save(new LeadershipGroupRow(null, chatId, title == null ? null : title.strip(),
				setByOfficialId == null ? null : AggregateReference.to(setByOfficialId), clock.instant()));
		return new LeadershipGroupChange(saved.chat(), previous.orElse(null));
	}

	/** The leadership group, if one has been set. */
	@Transactional(readOnly = true)
	public Optional<LeadershipChat> current() {
		return groups.findLatest().map(LeadershipGroupRow::chat);
	}

	public boolean isLeadershipGroup(long chatId) {
		return current().filter(group -> group.chatId() == chatId).isPresent();
	}
}
