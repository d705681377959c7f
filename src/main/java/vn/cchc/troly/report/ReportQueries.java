package vn.cchc.troly.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.troly.plan.Plan;
import vn.cchc.troly.plan.PlanItem;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.plan.PlanManagement;
import vn.cchc.troly.progress.ItemSituation;
import vn.cchc.troly.progress.ProgressLog;
import vn.cchc.troly.progress.ProgressManagement;
import vn.cchc.troly.progress.ProgressSettings;
import vn.cchc.troly.progress.Situation;

/** The coordinator's and leaders' queries, as data for the chat screens. */
@Service
@Transactional(readOnly = true)
public class ReportQueries {

	private final PlanItems planItems;
	private final PlanManagement plans;
	private final ItemSituation situations;
	private final ProgressManagement progress;
	private final ProgressLog progressLog;
	private final Leads leads;
	private final ProgressSettings progressSettings;
	private final Clock clock;

	ReportQueries(PlanItems planItems, PlanManagement plans, ItemSituation situations, ProgressManagement progress,
			ProgressLog progressLog, Leads leads, ProgressSettings progressSettings, Clock clock) {
		this.planItems = planItems;
		this.plans = plans;
		this.situations = situations;
		this.progress = progress;
		this.progressLog = progressLog;
		this.leads = leads;
		this.progressSettings = progressSettings;
		this.clock = clock;
	}

	/** Every item of the current plan by section, in the plan's order, with the counts by status. */
	public PlanOverview overview() {
		return overview(planItems.currentPlan(), situations.situations(), today());
	}

	/**
	 * Every item of the plan of a year ("/tinhhinh 2024"), current or not, as it stood in that year: a
	 * year that is over as it ended (its {@link PlanOverview#today()} is then 31/12 of it), the running
	 * year now. Empty when there is no plan of that year.
	 */
	public Optional<PlanOverview> overview(int year) {
		return plans.plan(year)
			.map(plan -> overview(Optional.of(plan), situations.situations(plan.id(), year), asOf(year, today())));
	}

	/** The day a year's situation is told as of: today, or the last day of a year that is over. */
	static LocalDate asOf(int year, LocalDate today) {
		return year < today.getYear() ? LocalDate.of(year, 12, 31) : today;
	}

	private PlanOverview overview(Optional<Plan> plan, List<Situation> all, LocalDate asOf) {
		var titles = new LinkedHashMap<String, String>();
		plan.map(Plan::sections).orElse(List.of()).forEach(section -> titles.put(section.code(), section.title()));
		var directory = leads.directory(items(all));
		var sections = new LinkedHashMap<String, List<PlanOverview.Line>>();
		for (var situation : all) {
			var item = situation.item();
			sections.computeIfAbsent(item.sectionCode(), code -> new ArrayList<>())
				.add(new PlanOverview.Line(situation, directory.leadNames(item), directory.leadPosition(item)));
		}
		return new PlanOverview(asOf, plan.map(Plan::title).orElse(null),
				StatusCounts.of(all.stream().map(Situation::status).toList()),
				sections.entrySet().stream()
					.map(e -> new PlanOverview.Section(e.getKey(), titles.get(e.getKey()), List.copyOf(e.getValue())))
					.toList());
	}

	/** One item of the current plan in full, by its code ("2.2"); empty for an unknown code. */
	public Optional<ItemDetail> item(String itemCode) {
		return situations.situation(itemCode).map(situation -> {
			var item = situation.item();
			var directory = leads.directory(List.of(item));
			var history = progress.history(item.code()).orElseThrow();
			return new ItemDetail(situation, directory.leadNames(item), directory.leadPosition(item),
					directory.coordinating(item), item.deadline() != null, history.entries(),
					progressLog.evidenceCount(item.id()));
		});
	}

	/** Who has not reported this period, on which items. */
	public MissingReports missingReports() {
		var now = clock.instant();
		var all = situations.situations();
		var notReported = leads.directory(items(all)).notReported(all);
		var reporters = notReported.leads().stream()
			.map(lead -> new MissingReports.Reporter(lead.official().id(), lead.official().telegramUserId(),
					lead.official().displayName(), lead.official().isMuted(now),
					lead.items().stream().map(this::ref).toList()))
			.toList();
		return new MissingReports(LocalDate.ofInstant(now.minus(progressSettings.reportingPeriod()), clock.getZone()),
				today(), reporters, notReported.unled().stream().map(this::ref).toList());
	}

	/** Sets the item's deadline (the coordinator's); empty for an unknown item code. */
	@Transactional
	public Optional<DeadlineSet> setDeadline(String itemCode, LocalDate deadline) {
		return planItems.byCode(itemCode).map(item -> {
			var previous = item.deadlineOn(today());
			var saved = planItems.setDeadline(item.itemId(), deadline);
			return new DeadlineSet(saved, previous, deadline);
		});
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), clock.getZone());
	}

	static List<PlanItem> items(List<Situation> situations) {
		return situations.stream().map(Situation::item).toList();
	}

	private MissingReports.ItemRef ref(Situation situation) {
		return new MissingReports.ItemRef(situation.item().code(), situation.item().title(),
				situation.lastReportOn(clock.getZone()));
	}
}
