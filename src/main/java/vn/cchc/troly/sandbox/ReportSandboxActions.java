package vn.cchc.troly.sandbox;

import org.springframework.stereotype.Component;

import vn.cchc.troly.people.Official;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.report.LeadershipGroup;
import vn.cchc.troly.report.PostOutcome;
import vn.cchc.troly.report.Summaries;

/**
 * The page's summary actions, carried out by the report module exactly as the chat commands and
 * the Friday schedule do: the posted summary reaches the group through the real bot.
 */
@Component
@SandboxOnly
class ReportSandboxActions implements SandboxActions {

	private final LeadershipGroup leadership;
	private final Summaries summaries;
	private final PeopleManagement people;

	ReportSandboxActions(LeadershipGroup leadership, Summaries summaries, PeopleManagement people) {
		this.leadership = leadership;
		this.summaries = summaries;
		this.people = people;
	}

	@Override
	public void useAsLeadershipGroup(long chatId, String title, long coordinatorTelegramUserId) {
		// Seeding runs at every start: a group that is already the one keeps its record.
		if (!leadership.isLeadershipGroup(chatId)) {
			leadership.set(chatId, title, officialId(coordinatorTelegramUserId));
		}
	}

	@Override
	public PostOutcome postWeeklySummaryNow(long coordinatorTelegramUserId) {
		return summaries.postNow(officialId(coordinatorTelegramUserId));
	}

	private Long officialId(long telegramUserId) {
		return people.findByTelegramUser(telegramUserId).map(Official::id).orElse(null);
	}
}
