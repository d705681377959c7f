package vn.cchc.troly.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

import vn.cchc.troly.plan.TargetKind;

/**
 * Reports are only ever inserted: no update or delete is offered. "Undone" means another
 * report's {@code undoes_id} points at it. Where each item stands is read from item_progress,
 * kept with every report ({@link ItemProgress}).
 */
interface ProgressReportRepository extends Repository<ProgressReport, Long> {

	ProgressReport save(ProgressReport report);

	Optional<ProgressReport> findById(Long id);

	/** Every active official with their latest report (figure or note, not undone), null if none, by name. */
	@Query("""
			select o.id as official_id, o.display_name, max(r.reported_at) as last_report_at
			from official o
			left join progress_report r on r.official_id = o.id and r.kind <> 'UNDO'
			     and not exists (select 1 from progress_report u where u.undoes_id = r.id)
			where o.active
			group by o.id, o.display_name
			order by o.display_name
			""")
	List<OfficialLastReport> lastReportsByOfficial();

	/** The official's latest report that is not an undo and not undone: what /undo would cancel. */
	@Query("""
			select r.* from progress_report r
			where r.official_id = :officialId and r.kind <> 'UNDO'
			  and not exists (select 1 from progress_report u where u.undoes_id = r.id)
			order by r.reported_at desc, r.id desc
			fetch first 1 rows only
			""")
	Optional<ProgressReport> lastUndoable(long officialId);

	/** An item's reports newest first, with who made them and when each was undone (null if not). */
	@Query("""
			select r.id, r.kind, r.figure_value, r.figure_numerator, r.figure_denominator, r.last_year, r.note, r.done,
			       r.reported_at, r.official_id, o.display_name as official_name, u.reported_at as undone_at
			from progress_report r
			join official o on o.id = r.official_id
			left join progress_report u on u.undoes_id = r.id
			where r.plan_item_id = :itemId and r.kind <> 'UNDO'
			order by r.reported_at desc, r.id desc
			""")
	List<HistoryRow> history(long itemId);

	/** Every report (not the undo rows) on a plan's items, oldest first, with who made it and when it was undone. */
	@Query("""
			select r.id, i.code as item_code, i.target_kind, r.kind, r.figure_value, r.figure_numerator,
			       r.figure_denominator, r.last_year, r.note, r.done, r.reported_at, o.display_name as official_name,
			       u.reported_at as undone_at
			from progress_report r
			join plan_item i on i.id = r.plan_item_id
			join official o on o.id = r.official_id
			left join progress_report u on u.undoes_id = r.id
			where r.kind <> 'UNDO'
			  and i.plan_id = :planId
			order by r.reported_at, r.id
			""")
	List<LogRow> log(long planId);

	record HistoryRow(long id, ReportKind kind, BigDecimal figureValue, Long figureNumerator,
			Long figureDenominator, boolean lastYear, String note, boolean done, Instant reportedAt, long officialId,
			String officialName, Instant undoneAt) {
	}

	record LogRow(long id, String itemCode, TargetKind targetKind, ReportKind kind, BigDecimal figureValue,
			Long figureNumerator, Long figureDenominator, boolean lastYear, String note, boolean done,
			Instant reportedAt, String officialName, Instant undoneAt) {
	}
}
