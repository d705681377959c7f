package vn.cchc.troly.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.troly.people.Official;
import vn.cchc.troly.plan.Plan;
import vn.cchc.troly.plan.PlanItem;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.progress.EvidenceCatalogue;
import vn.cchc.troly.progress.KeptEvidence;

/**
 * What the current plan's dossier still lacks: items without evidence, with files nobody described
 * (no number and no date in their latest description) or not downloaded yet, less the items the
 * coordinator marked complete. Marks and the day the weekly summary starts counting from are only
 * ever added (V22); the latest counts.
 */
@Service
@Transactional
public class DossierGaps {

	private final PlanItems planItems;
	private final EvidenceCatalogue catalogue;
	private final JdbcClient jdbc;
	private final Clock clock;

	DossierGaps(PlanItems planItems, EvidenceCatalogue catalogue, JdbcClient jdbc, Clock clock) {
		this.planItems = planItems;
		this.catalogue = catalogue;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What an item lacks; an item that lacks nothing is no gap. */
	public record Gap(PlanItem item, boolean noEvidence, int notDownloaded, int undescribed) {
	}

	/** The current plan's gaps in plan order, and how many items are marked complete. */
	public record Gaps(Plan plan, List<Gap> gaps, int markedComplete) {
	}

	/** The weekly summary's count: from which day, and how many items lack evidence. */
	public record Count(LocalDate from, int items) {
	}

	/** The outcome of marking an item complete, or taking the mark back. */
	public sealed interface Marked {
	}

	public record Done(PlanItem item, boolean complete, boolean changed) implements Marked {
	}

	public record UnknownItem(String code) implements Marked {
	}

	/** Marks the current plan's item complete (or not any more); a mark as it stands changes nothing but is answered. */
	public Marked mark(String code, Official by, boolean complete) {
		var item = planItems.byCode(code);
		if (item.isEmpty()) {
			return new UnknownItem(code);
		}
		var was = completeItems(List.of(item.get().id())).contains(item.get().id());
		if (was == complete) {
			return new Done(item.get(), complete, false);
		}
		jdbc.sql("""
				insert into dossier_complete (plan_item_id, complete, marked_by, marked_at)
				values (:item, :complete, :by, :at)
				""").param("item", item.get().id()).param("complete", complete).param("by", by.id())
			.param("at", now()).update();
		return new Done(item.get(), complete, true);
	}

	/** The current plan's gaps; empty without a current plan. */
	@Transactional(readOnly = true)
	public Optional<Gaps> gaps() {
		return planItems.currentPlan().map(plan -> new Gaps(plan, gaps(plan.id()), markedComplete(plan.id())));
	}

	/** A plan's gaps (less withdrawn items), in plan order. */
	private List<Gap> gaps(long planId) {
		return gaps(planId, planItems.ofPlan(planId));
	}

	/** The gaps among the plan's items given (those of the plan, less withdrawn ones, in plan order). */
	private List<Gap> gaps(long planId, List<PlanItem> items) {
		var complete = completeItems(items.stream().map(PlanItem::id).toList());
		var evidence = catalogue.ofPlan(planId).stream().collect(Collectors.groupingBy(KeptEvidence::planItemId));
		var gaps = new ArrayList<Gap>();
		for (var item : items) {
			if (complete.contains(item.id())) {
				continue;
			}
			var own = evidence.getOrDefault(item.id(), List.of());
			var notDownloaded = (int) own.stream().filter(e -> !e.available()).count();
			var undescribed = (int) own.stream().filter(e -> e.available() && !e.described()).count();
			if (own.isEmpty() || notDownloaded > 0 || undescribed > 0) {
				gaps.add(new Gap(item, own.isEmpty(), notDownloaded, undescribed));
			}
		}
		return gaps;
	}

	private int markedComplete(long planId) {
		return completeItems(planItems.ofPlan(planId).stream().map(PlanItem::id).toList()).size();
	}

	/** Which of these items are marked complete now (their latest mark says so). */
	@Transactional(readOnly = true)
	public Set<Long> completeItems(List<Long> itemIds) {
		if (itemIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				select c.plan_item_id from dossier_complete c
				where c.plan_item_id in (:ids) and c.complete and not exists (
				    select 1 from dossier_complete n where n.plan_item_id = c.plan_item_id
				    and (n.marked_at > c.marked_at or (n.marked_at = c.marked_at and n.id > c.id)))
				""").param("ids", itemIds).query(Long.class).list());
	}

	/** From this day on, the weekly summary counts the current plan's gaps. Empty without a current plan. */
	public Optional<LocalDate> countFrom(LocalDate from, Official by) {
		return planItems.currentPlan().map(plan -> {
			jdbc.sql("""
					insert into dossier_gaps_from (plan_id, from_date, set_by, set_at)
					values (:plan, :from, :by, :at)
					""").param("plan", plan.id()).param("from", from).param("by", by.id()).param("at", now()).update();
			return from;
		});
	}

	/** The day the plan's gaps are counted from: as the coordinator set it, else 1 October of the plan's year. */
	@Transactional(readOnly = true)
	public LocalDate countedFrom(Plan plan) {
		return countedFrom(plan.id(), plan.year());
	}

	private LocalDate countedFrom(long planId, int planYear) {
		return jdbc.sql("""
				select from_date from dossier_gaps_from where plan_id = :plan order by set_at desc, id desc
				""").param("plan", planId).query(LocalDate.class).list().stream().findFirst()
			.orElse(LocalDate.of(planYear, 10, 1));
	}

	/** The plan's count for its weekly summary: nothing before the day it starts from, nor for no such plan. */
	@Transactional(readOnly = true)
	public Optional<Count> count(long planId) {
		return count(planId, null);
	}

	/**
	 * As {@link #count(long)}, over the plan's items the caller has read already (the summary has
	 * them; reading a plan's items again is a query per item for their coordinators).
	 */
	@Transactional(readOnly = true)
	public Optional<Count> count(long planId, List<PlanItem> items) {
		var today = LocalDate.ofInstant(clock.instant(), clock.getZone());
		return jdbc.sql("select plan_year from plan where id = :plan").param("plan", planId).query(Integer.class)
			.optional()
			.map(year -> countedFrom(planId, year))
			.filter(from -> !today.isBefore(from))
			.map(from -> new Count(from, (items == null ? gaps(planId) : gaps(planId, items)).size()));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}
}
