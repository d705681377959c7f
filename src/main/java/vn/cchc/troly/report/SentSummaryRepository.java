package vn.cchc.troly.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

import vn.cchc.troly.report.SentSummary.ItemSnapshot;

/** Sent summaries are only ever inserted; the unique (week_key, chat_id) makes the second insert of a week fail. */
interface SentSummaryRepository extends Repository<SentSummary, Long> {

	SentSummary save(SentSummary summary);

	Optional<SentSummary> findById(long id);

	/** What a summary said, without its items' snapshots: what posting and showing it read. */
	@Query("select s.content from sent_summary s where s.id = :id")
	Optional<String> findContent(long id);

	@Query("select s.id, s.week_key, s.chat_id, s.sent_at from sent_summary s where s.week_key = :weekKey and s.chat_id = :chatId")
	Optional<Sent> findSent(String weekKey, long chatId);

	/**
	 * The unit's latest summary of a week before the given one: what "changed since last week" counts
	 * from. Another unit's summary, or the province's digest (no unit), is not its last week.
	 */
	@Query("""
			select s.id, s.week_key, s.chat_id, s.sent_at from sent_summary s
			where s.week_key < :weekKey and s.unit_id = :unitId
			order by s.week_key desc, s.sent_at desc, s.id desc
			fetch first 1 rows only
			""")
	Optional<Sent> findLatestBefore(String weekKey, long unitId);

	/**
	 * The latest summary of a week before the given one that listed an item of the plan: what a
	 * plan's "changed since last week" counts from when several plans' summaries are sent.
	 */
	@Query("""
			select s.id, s.week_key, s.chat_id, s.sent_at from sent_summary s
			where s.week_key < :weekKey
			  and exists (select 1 from sent_summary_item i join plan_item p on p.id = i.plan_item_id
			              where i.sent_summary_id = s.id and p.plan_id = :planId)
			order by s.week_key desc, s.sent_at desc, s.id desc
			fetch first 1 rows only
			""")
	Optional<Sent> findLatestBeforeForPlan(String weekKey, long planId);

	@Query("select i.* from sent_summary_item i where i.sent_summary_id = :summaryId")
	List<ItemSnapshot> snapshot(long summaryId);

	/** A sent summary without its content. */
	record Sent(long id, String weekKey, long chatId, Instant sentAt) {
	}
}
