package vn.cchc.troly.sandbox;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.cchc.troly.people.Official;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.UnitId;
import vn.cchc.troly.people.UnitScope;
import vn.cchc.troly.report.DossierScope;
import vn.cchc.troly.report.DossierService;
import vn.cchc.troly.report.LeadershipGroup;
import vn.cchc.troly.report.PostOutcome;
import vn.cchc.troly.report.Summaries;

/**
 * The page's summary actions, carried out by the report module exactly as the chat commands and
 * the Friday schedule do, each in the scope of the unit it is for: the posted summary reaches that
 * unit's group through the real bot.
 */
@Component
@SandboxOnly
class ReportSandboxActions implements SandboxActions {

	private final LeadershipGroup leadership;
	private final Summaries summaries;
	private final PeopleManagement people;
	private final DossierService dossiers;
	private final UnitScope scope;

	ReportSandboxActions(LeadershipGroup leadership, Summaries summaries, PeopleManagement people,
			DossierService dossiers, UnitScope scope) {
		this.dossiers = dossiers;
		this.leadership = leadership;
		this.summaries = summaries;
		this.people = people;
		this.scope = scope;
	}

	@Override
	public void useAsLeadershipGroup(UnitId unit, long chatId, String title, long coordinatorTelegramUserId) {
		scope.run(unit, () -> {
			// Seeding runs at every start: a group that is already the one keeps its record.
			if (!leadership.isLeadershipGroup(chatId)) {
				leadership.set(chatId, title, officialId(coordinatorTelegramUserId));
			}
		});
	}

	@Override
	public void useAsProvinceGroup(long chatId, String title, long provinceTelegramUserId) {
		if (!leadership.isProvinceGroup(chatId)) {
			leadership.setForProvince(chatId, title, officialId(provinceTelegramUserId));
		}
	}

	@Override
	public PostOutcome postWeeklySummaryNow(UnitId unit, long coordinatorTelegramUserId) {
		return scope.within(unit, () -> summaries.postNow(officialId(coordinatorTelegramUserId)));
	}

	@Override
	public Optional<Path> dossier(UnitId unit, Locale locale) {
		return scope.within(unit, () -> dossiers.build(new DossierScope.CurrentPlan(), locale, Long.MAX_VALUE)
			.map(dossier -> dossier.parts().get(0).file()));
	}

	private Long officialId(long telegramUserId) {
		return people.findByTelegramUser(telegramUserId).map(Official::id).orElse(null);
	}
}
