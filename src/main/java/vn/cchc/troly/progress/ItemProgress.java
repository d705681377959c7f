package vn.cchc.troly.progress;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;


/**
 * Where each item stands per year (item_progress): an index of progress_report kept in the
 * transaction of every report, so that an item's status reads a row per year, not every report on
 * the item (H2 2.4 scans them all for the latest one, even with a descending index). The reports
 * stay append-only and are the truth: a new figure or note only moves its year's row forward; an
 * undo, which is rare, rebuilds the row of the undone report's year from the reports; and
 * {@link #rebuild()} rewrites every row from them (V15__item_progress.sql does the same once).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ItemProgress {

	private final JdbcClient jdbc;
	/** The commune's zone, where a year starts and ends. */
	private final ZoneId zone;

	ItemProgress(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.zone = clock.getZone();
	}

	/** One item's year: the ids and times of its latest reports, not undone. */
	record Row(long planItemId, int year, Long figureId, Instant figureAt, Long lastYearFigureId,
			Instant lastYearFigureAt, Long noteId, Instant noteAt, int doneNotes, Instant lastReportAt) {

		/**
		 * The row once the report (just stored, so not undone) is counted. A proposal is a report on the
		 * item (⏰ counts it) but not a figure; a lead's "no" to one is neither.
		 */
		Row with(ProgressReport report) {
			if (report.kind() == ReportKind.DECLINE || report.kind() == ReportKind.UNDO) {
				return this;
			}
			var at = report.reportedAt();
			var id = report.id();
			var last = lastReportAt == null || at.isAfter(lastReportAt) ? at : lastReportAt;
			if (report.kind() == ReportKind.PROPOSAL) {
				return new Row(planItemId, year, figureId, figureAt, lastYearFigureId, lastYearFigureAt, noteId, noteAt,
						doneNotes, last);
			}
			if (report.kind() == ReportKind.NOTE) {
				var newer = newer(at, id, noteAt, noteId);
				return new Row(planItemId, year, figureId, figureAt, lastYearFigureId, lastYearFigureAt,
						newer ? id : noteId, newer ? at : noteAt, doneNotes + (report.done() ? 1 : 0), last);
			}
			if (report.lastYear()) {
				var newer = newer(at, id, lastYearFigureAt, lastYearFigureId);
				return new Row(planItemId, year, figureId, figureAt, newer ? id : lastYearFigureId,
						newer ? at : lastYearFigureAt, noteId, noteAt, doneNotes, last);
			}
			var newer = newer(at, id, figureAt, figureId);
			return new Row(planItemId, year, newer ? id : figureId, newer ? at : figureAt, lastYearFigureId,
					lastYearFigureAt, noteId, noteAt, doneNotes, last);
		}

		/** "Latest" as the reports order it: by time, then by id. */
		private static boolean newer(Instant at, long id, Instant than, Long thanId) {
			return than == null || at.isAfter(than) || at.equals(than) && id > thanId;
		}
	}

	/** What an item's status needs from one of its years: the reports the row names, read by their ids. */
	record Year(long planItemId, int year, LatestFigure figure, LatestFigure lastYearFigure, LatestNote note,
			int doneNotes, Instant lastReportAt) {
	}

	/** A counted figure, with who recorded it and, for a confirmed proposal, who proposed it. */
	record LatestFigure(BigDecimal value, Long numerator, Long denominator, Instant reportedAt, String recordedBy,
			String proposedBy) {

		Figure figure(boolean percent) {
			return new Figure(value, numerator, denominator, percent);
		}

		FigureBy by() {
			return new FigureBy(recordedBy, proposedBy);
		}
	}

	record LatestNote(String note, boolean done, Instant reportedAt) {
	}

	int yearOf(Instant at) {
		return LocalDate.ofInstant(at, zone).getYear();
	}

	/**
	 * Serialises the reports of one item (a lock on its plan_item row until the transaction ends), so
	 * two writers cannot both insert its row or both move it from the same state. Taken before the
	 * report is inserted: on PostgreSQL the insert's foreign key takes a share lock on the same row,
	 * and two transactions upgrading their share locks would deadlock.
	 */
	void lock(long itemId) {
		jdbc.sql("select id from plan_item where id = :id for update").param("id", itemId).query(Long.class).single();
	}

	/** A figure or note just stored (in this transaction, after {@link #lock}): its year's row moves forward. */
	void recorded(ProgressReport report) {
		if (report.kind() == ReportKind.UNDO) {
			throw new IllegalArgumentException("an undo is counted by undone(), not recorded()");
		}
		var itemId = report.item().getId();
		var year = yearOf(report.reportedAt());
		var row = find(itemId, year);
		var next = row.orElseGet(() -> new Row(itemId, year, null, null, null, null, null, null, 0, null))
			.with(report);
		if (row.isPresent()) {
			update(next);
		}
		else {
			insert(next);
		}
	}

	/**
	 * A report was just undone (the UNDO row stored in this transaction, after {@link #lock}): the
	 * row of its year is rebuilt from the item's reports.
	 */
	void undone(ProgressReport cancelled) {
		var itemId = cancelled.item().getId();
		var year = yearOf(cancelled.reportedAt());
		var rebuilt = fromReports(itemId, year);
		if (find(itemId, year).isPresent()) {
			update(rebuilt);
		}
		else {
			insert(rebuilt);
		}
	}

	/** Every item's years, as the reports give them: the rows the migration wrote, again. */
	@Transactional
	void rebuild() {
		jdbc.sql("delete from item_progress").update();
		var keys = jdbc.sql("""
				select distinct plan_item_id, reported_at from progress_report where kind in ('FIGURE', 'NOTE', 'PROPOSAL')
				""").query((rs, n) -> new Object[] { rs.getLong(1), yearOf(instant(rs, 2)) }).list();
		keys.stream().map(k -> List.of(k[0], k[1])).distinct()
			.forEach(k -> insert(fromReports((Long) k.get(0), (Integer) k.get(1))));
	}

	/** The years of these items, with the reports each row names. */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	List<Year> years(List<Long> items) {
		return jdbc.sql("""
				select p.plan_item_id, p.report_year, p.done_notes, p.last_report_at,
				       f.id as f_id, f.figure_value as f_value, f.figure_numerator as f_numerator,
				       f.figure_denominator as f_denominator, f.reported_at as f_at,
				       fo.display_name as f_by, fpo.display_name as f_proposed_by,
				       l.id as l_id, l.figure_value as l_value, l.figure_numerator as l_numerator,
				       l.figure_denominator as l_denominator, l.reported_at as l_at,
				       lo.display_name as l_by, lpo.display_name as l_proposed_by,
				       n.id as n_id, n.note as n_note, n.done as n_done, n.reported_at as n_at
				from item_progress p
				left join progress_report f on f.id = p.figure_id
				left join official fo on fo.id = f.official_id
				left join progress_report fp on fp.id = f.proposal_id
				left join official fpo on fpo.id = fp.official_id
				left join progress_report l on l.id = p.last_year_figure_id
				left join official lo on lo.id = l.official_id
				left join progress_report lp on lp.id = l.proposal_id
				left join official lpo on lpo.id = lp.official_id
				left join progress_report n on n.id = p.note_id
				where p.plan_item_id in (:items)
				""").param("items", items).query((rs, n) -> new Year(rs.getLong("plan_item_id"), rs.getInt("report_year"),
						figure(rs, "f"), figure(rs, "l"),
						rs.getObject("n_id") == null ? null
								: new LatestNote(rs.getString("n_note"), rs.getBoolean("n_done"), instant(rs, "n_at")),
						rs.getInt("done_notes"), instant(rs, "last_report_at")))
			.list();
	}

	/** Every row as stored, by item and year: what tests compare with the rows {@link #rebuild()} writes. */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	List<Row> rows() {
		return jdbc.sql("select * from item_progress order by plan_item_id, report_year").query(ItemProgress::row).list();
	}

	private static LatestFigure figure(ResultSet rs, String prefix) throws SQLException {
		if (rs.getObject(prefix + "_id") == null) {
			return null;
		}
		var numerator = rs.getObject(prefix + "_numerator");
		var denominator = rs.getObject(prefix + "_denominator");
		return new LatestFigure(rs.getBigDecimal(prefix + "_value"),
				numerator == null ? null : ((Number) numerator).longValue(),
				denominator == null ? null : ((Number) denominator).longValue(), instant(rs, prefix + "_at"),
				rs.getString(prefix + "_by"), rs.getString(prefix + "_proposed_by"));
	}

	private Optional<Row> find(long itemId, int year) {
		return jdbc.sql("select * from item_progress where plan_item_id = :item and report_year = :year")
			.param("item", itemId).param("year", year).query(ItemProgress::row).optional();
	}

	/** The row of one item's year from its reports: the rare path (an undo, a rebuild). */
	private Row fromReports(long itemId, int year) {
		var from = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
		var until = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
		var row = new Row(itemId, year, null, null, null, null, null, null, 0, null);
		// Oldest first, so each report moves the row forward exactly as it did when it was stored.
		var standing = jdbc.sql("""
				select r.* from progress_report r
				where r.plan_item_id = :item and r.kind <> 'UNDO' and r.reported_at >= :from and r.reported_at < :until
				  and not exists (select 1 from progress_report u where u.undoes_id = r.id)
				order by r.reported_at, r.id
				""").param("item", itemId).param("from", at(from)).param("until", at(until))
			.query((rs, n) -> new ProgressReport(rs.getLong("id"), null, null, ReportKind.valueOf(rs.getString("kind")),
					null, null, null, rs.getBoolean("last_year"), null, rs.getBoolean("done"), null,
					instant(rs, "reported_at"), null, null))
			.list();
		for (var report : standing) {
			row = row.with(report);
		}
		return row;
	}

	private void insert(Row row) {
		jdbc.sql("""
				insert into item_progress (plan_item_id, report_year, figure_id, figure_at, last_year_figure_id,
				    last_year_figure_at, note_id, note_at, done_notes, last_report_at)
				values (:item, :year, :figureId, :figureAt, :lastYearFigureId, :lastYearFigureAt, :noteId, :noteAt,
				    :doneNotes, :lastReportAt)
				""").paramSource(params(row)).update();
	}

	private void update(Row row) {
		jdbc.sql("""
				update item_progress set figure_id = :figureId, figure_at = :figureAt,
				    last_year_figure_id = :lastYearFigureId, last_year_figure_at = :lastYearFigureAt, note_id = :noteId,
				    note_at = :noteAt, done_notes = :doneNotes, last_report_at = :lastReportAt
				where plan_item_id = :item and report_year = :year
				""").paramSource(params(row)).update();
	}

	private static Map<String, Object> params(Row row) {
		var params = new HashMap<String, Object>();
		params.put("item", row.planItemId());
		params.put("year", row.year());
		params.put("figureId", row.figureId());
		params.put("figureAt", at(row.figureAt()));
		params.put("lastYearFigureId", row.lastYearFigureId());
		params.put("lastYearFigureAt", at(row.lastYearFigureAt()));
		params.put("noteId", row.noteId());
		params.put("noteAt", at(row.noteAt()));
		params.put("doneNotes", row.doneNotes());
		params.put("lastReportAt", at(row.lastReportAt()));
		return params;
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("plan_item_id"), rs.getInt("report_year"), id(rs, "figure_id"), instant(rs, "figure_at"),
				id(rs, "last_year_figure_id"), instant(rs, "last_year_figure_at"), id(rs, "note_id"),
				instant(rs, "note_at"), rs.getInt("done_notes"), instant(rs, "last_report_at"));
	}

	private static Long id(ResultSet rs, String column) throws SQLException {
		var value = rs.getObject(column);
		return value == null ? null : ((Number) value).longValue();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		var value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}
}
