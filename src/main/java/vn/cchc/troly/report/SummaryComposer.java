package vn.cchc.troly.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import vn.cchc.troly.people.UnitScope;
import vn.cchc.troly.plan.TargetKind;
import vn.cchc.troly.progress.Explanations;
import vn.cchc.troly.progress.Figure;
import vn.cchc.troly.progress.ItemSituation;
import vn.cchc.troly.progress.ItemStatus.Status;
import vn.cchc.troly.progress.ProgressSettings;
import vn.cchc.troly.progress.Situation;
import vn.cchc.troly.report.SentSummary.ItemSnapshot;

/** Puts the weekly summary together from where every item stands now and the last summary sent. */
@Component
class SummaryComposer {

	private final ItemSituation situations;
	private final Leads leads;
	private final SentSummaryRepository sent;
	private final ProgressSettings progressSettings;
	private final Explanations explanations;
	private final DossierGaps dossierGaps;
	private final UnitScope scope;
	private final Clock clock;

	SummaryComposer(ItemSituation situations, Leads leads, SentSummaryRepository sent,
			ProgressSettings progressSettings, Explanations explanations, DossierGaps dossierGaps, UnitScope scope,
			Clock clock) {
		this.scope = scope;
		this.situations = situations;
		this.leads = leads;
		this.sent = sent;
		this.progressSettings = progressSettings;
		this.explanations = explanations;
		this.dossierGaps = dossierGaps;
		this.clock = clock;
	}

	/** The current plan's summary for the week we are in, as it would be posted now. */
	WeeklySummary compose() {
		return compose(situations.situations(), weekKey -> sent.findLatestBefore(weekKey, scope.currentIdOrNone()));
	}

	/**
	 * The given plan's summary for the week we are in; what changed counts from the latest summary
	 * that listed this plan's items (for the current plan, the same as {@link #compose()} once a
	 * summary of it was sent).
	 */
	WeeklySummary compose(long planId) {
		return compose(situations.situations(planId), weekKey -> sent.findLatestBeforeForPlan(weekKey, planId));
	}

	private WeeklySummary compose(List<Situation> all,
			Function<String, Optional<SentSummaryRepository.Sent>> previousBefore) {
		var now = clock.instant();
		var zoned = now.atZone(clock.getZone());
		var weekKey = WeeklySlot.weekKey(zoned);
		var directory = leads.directory(ReportQueries.items(all));
		var items = all.stream().map(s -> item(s, directory)).toList();

		var offTrack = items.stream()
			.filter(i -> i.overdue() || (!i.qualitative() && (i.status() == Status.NOT_MET || i.status() == Status.NEAR)))
			.sorted(Comparator.comparingInt(SummaryComposer::urgency))
			.toList();

		var previous = previousBefore.apply(weekKey);
		var changes = previous.map(p -> changes(items, sent.snapshot(p.id()))).orElse(List.of());

		var notReported = directory.notReported(all);
		var reporters = notReported.leads().stream()
			.map(lead -> new WeeklySummary.Reporter(lead.official().id(), lead.official().displayName(),
					lead.items().stream().map(s -> s.item().code()).toList()))
			.toList();
		var unled = notReported.unled().stream().map(s -> s.item().code()).toList();

		var notes = items.stream().filter(WeeklySummary.Item::qualitative).toList();
		var from = LocalDate.ofInstant(now.minus(progressSettings.reportingPeriod()), clock.getZone());
		// The plan's dossier gaps; before the day they count from, nothing is said.
		var gaps = all.isEmpty() ? null : dossierGaps.count(all.get(0).item().plan().getId())
			.map(count -> new WeeklySummary.EvidenceGaps(count.from(), count.items())).orElse(null);
		return new WeeklySummary(weekKey, from, zoned.toLocalDate(), now,
				StatusCounts.of(all.stream().map(Situation::status).toList()), offTrack,
				previous.map(SentSummaryRepository.Sent::weekKey).orElse(null), changes, reporters, unled, notes, items,
				gaps, explanations(all, now));
	}

	/** Explanations answered this period, then those still waiting, on the plan of these items. */
	private List<WeeklySummary.Explanation> explanations(List<Situation> all, Instant now) {
		if (all.isEmpty()) {
			return List.of();
		}
		var planId = all.get(0).item().plan().getId();
		var answered = explanations.answeredBetween(planId, now.minus(progressSettings.reportingPeriod()), now);
		var waiting = explanations.ofPlanWaiting(planId);
		return Stream.concat(answered.stream(), waiting.stream())
			.map(x -> new WeeklySummary.Explanation(x.itemCode(), x.itemTitle(), x.askedBy(), x.note(), x.askedAt(),
					x.answeredBy(), x.answer(), x.answeredAt()))
			.toList();
	}

	/** 🔴 and overdue first, then 🟡; the sort is stable, so plan order within each. */
	private static int urgency(WeeklySummary.Item item) {
		if (item.overdue()) {
			return 0;
		}
		return item.status() == Status.NOT_MET ? 1 : 2;
	}

	private static WeeklySummary.Item item(Situation situation, Leads.Directory directory) {
		var item = situation.item();
		var target = item.target();
		var status = situation.status();
		var baseline = item.baseline();
		return new WeeklySummary.Item(item.id(), item.code(), item.title(), target.kind(), target.comparator(),
				target.value(), baseline == null ? null : baseline.value(), baseline == null ? null : baseline.bound(),
				situation.latest(), situation.latestBy(), situation.lastYear(), status.status(), status.missing(), status.overdue(),
				status.stale(), status.deadline(), status.daysLeft(), situation.latestNote(), directory.leadNames(item),
				directory.leadPosition(item));
	}

	private static List<WeeklySummary.Change> changes(List<WeeklySummary.Item> items, List<ItemSnapshot> before) {
		Map<Long, ItemSnapshot> previous = before.stream()
			.collect(Collectors.toMap(ItemSnapshot::planItemId, Function.identity()));
		return items.stream().map(item -> {
			var was = previous.get(item.itemId());
			if (was == null) {
				return new WeeklySummary.Change(item.code(), item.title(), null, item.status(), null, item.latest());
			}
			var wasFigure = was.figure(item.kind() == TargetKind.PERCENT);
			if (was.status() == item.status() && sameValue(wasFigure, item.latest())) {
				return null;
			}
			return new WeeklySummary.Change(item.code(), item.title(), was.status(), item.status(), wasFigure,
					item.latest());
		}).filter(Objects::nonNull).toList();
	}

	private static boolean sameValue(Figure a, Figure b) {
		if (a == null || b == null) {
			return a == b;
		}
		return a.value().compareTo(b.value()) == 0;
	}
}
