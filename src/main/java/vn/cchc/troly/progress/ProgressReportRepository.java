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

	/** Every active official of a unit with their latest report (figure or note, not undone), null if none, by name. */
	@Query("""
			select o.id as official_id, o.display_name, max(r.reported_at) as last_report_at
			from official o
			left join progress_report r on r.official_id = o.id and r.kind in ('FIGURE', 'NOTE', 'PROPOSAL')
			     and not exists (select 1 from progress_report u where u.undoes_id = r.id)
			where o.active and o.unit_id = :unitId
			group by o.id, o.display_name
			order by o.display_name
			""")
	List<OfficialLastReport> lastReportsByOfficial(long unitId);

	/**
	 * The official's latest figure, note or proposal that is not undone: what /undo would cancel. A
	 * lead's answer to a proposal is final, so a decline is not undone.
	 */
	@Query("""
			select r.* from progress_report r
			where r.official_id = :officialId and r.kind in ('FIGURE', 'NOTE', 'PROPOSAL')
			  and not exists (select 1 from progress_report u where u.undoes_id = r.id)
			order by r.reported_at desc, r.id desc
			fetch first 1 rows only
			""")
	Optional<ProgressReport> lastUndoable(long officialId);

	/** Whether the proposal was answered (confirmed or declined) already: a proposal is answered once. */
	@Query("select count(*) from progress_report where proposal_id = :proposalId")
	int answers(long proposalId);

	/** Whether the report was undone. */
	@Query("select count(*) from progress_report where undoes_id = :reportId")
	int undos(long reportId);

	/** A proposal with who proposed it, and its answer (kind, who, when) when it has one. */
	@Query("""
			select r.id, o.display_name as proposed_by, a.kind as answer_kind, ao.display_name as answered_by,
			       a.reported_at as answered_at
			from progress_report r
			join official o on o.id = r.official_id
			left join progress_report a on a.proposal_id = r.id
			left join official ao on ao.id = a.official_id
			where r.id = :proposalId and r.kind = 'PROPOSAL'
			""")
	Optional<ProposalRow> proposal(long proposalId);

	/**
	 * An item's figures, notes and proposals newest first, with who made them and when each was
	 * undone (null if not); a confirming figure with who proposed it, a proposal with its answer.
	 */
	@Query("""
			select r.id, r.kind, r.figure_value, r.figure_numerator, r.figure_denominator, r.last_year, r.note, r.done,
			       r.reported_at, r.official_id, o.display_name as official_name, u.reported_at as undone_at,
			       po.display_name as proposed_by, a.kind as answer_kind, ao.display_name as answered_by,
			       a.reported_at as answered_at
			from progress_report r
			join official o on o.id = r.official_id
			left join progress_report u on u.undoes_id = r.id
			left join progress_report p on p.id = r.proposal_id
			left join official po on po.id = p.official_id
			left join progress_report a on a.proposal_id = r.id
			left join official ao on ao.id = a.official_id
			where r.plan_item_id = :itemId and r.kind in ('FIGURE', 'NOTE', 'PROPOSAL')
			order by r.reported_at desc, r.id desc
			""")
	List<HistoryRow> history(long itemId);

	/**
	 * Every figure, note and proposal on a plan's items, oldest first, with who made it and
	 * when it was undone; a confirming figure with who proposed it, a proposal with its answer.
	 */
	@Query("""
			select r.id, i.code as item_code, i.target_kind, r.kind, r.figure_value, r.figure_numerator,
			       r.figure_denominator, r.last_year, r.note, r.done, r.reported_at, o.display_name as official_name,
			       u.reported_at as undone_at, po.display_name as proposed_by, a.kind as answer_kind,
			       ao.display_name as answered_by, a.reported_at as answered_at
			from progress_report r
			join plan_item i on i.id = r.plan_item_id
			join official o on o.id = r.official_id
			left join progress_report u on u.undoes_id = r.id
			left join progress_report p on p.id = r.proposal_id
			left join official po on po.id = p.official_id
			left join progress_report a on a.proposal_id = r.id
			left join official ao on ao.id = a.official_id
			where r.kind in ('FIGURE', 'NOTE', 'PROPOSAL')
			  and i.plan_id = :planId
			order by r.reported_at, r.id
			""")
	List<LogRow> log(long planId);

	record ProposalRow(long id, String proposedBy, ReportKind answerKind, String answeredBy, Instant answeredAt) {

		ProposalAnswer answer() {
			return answerKind == null ? null : new ProposalAnswer(answerKind == ReportKind.FIGURE, answeredBy, answeredAt);
		}
	}

	record HistoryRow(long id, ReportKind kind, BigDecimal figureValue, Long figureNumerator,
			Long figureDenominator, boolean lastYear, String note, boolean done, Instant reportedAt, long officialId,
			String officialName, Instant undoneAt, String proposedBy, ReportKind answerKind, String answeredBy,
			Instant answeredAt) {

		ProposalAnswer answer() {
			return answerKind == null ? null : new ProposalAnswer(answerKind == ReportKind.FIGURE, answeredBy, answeredAt);
		}
	}

	record LogRow(long id, String itemCode, TargetKind targetKind, ReportKind kind, BigDecimal figureValue,
			Long figureNumerator, Long figureDenominator, boolean lastYear, String note, boolean done,
			Instant reportedAt, String officialName, Instant undoneAt, String proposedBy, ReportKind answerKind,
			String answeredBy, Instant answeredAt) {

		ProposalAnswer answer() {
			return answerKind == null ? null : new ProposalAnswer(answerKind == ReportKind.FIGURE, answeredBy, answeredAt);
		}
	}
}
