package vn.cchc.troly.progress;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Requests and answers are only ever added; the views join them with the item and the people. */
interface ExplanationRepository extends Repository<Explanation, Long> {

	String VIEW = """
			select x.id, i.plan_id, x.plan_item_id as item_id, i.code as item_code, i.title as item_title, x.asked_by as asked_by_id,
			       a.display_name as asked_by, x.note, x.asked_at, x.reminded_at,
			       o.display_name as answered_by, ans.text as answer, ans.answered_at,
			       case when a.unit_id is null then true else false end as asked_by_province,
			       p.unit_id, u.name as unit_name
			from explanation x
			join plan_item i on i.id = x.plan_item_id
			join plan p on p.id = i.plan_id
			join admin_unit u on u.id = p.unit_id
			join official a on a.id = x.asked_by
			left join explanation_answer ans on ans.explanation_id = x.id
			left join official o on o.id = ans.answered_by
			""";

	Explanation save(Explanation explanation);

	Optional<Explanation> findById(long id);

	@Query(VIEW + " where x.id = :id")
	Optional<ExplanationView> view(long id);

	/** An item's requests, newest first. */
	@Query(VIEW + " where x.plan_item_id = :itemId order by x.asked_at desc, x.id desc")
	List<ExplanationView> ofItem(long itemId);

	/** A plan's requests in the order they were made. */
	@Query(VIEW + " where i.plan_id = :planId order by x.asked_at, x.id")
	List<ExplanationView> ofPlan(long planId);

	/** Requests made up to the moment and still waiting for an answer, on a plan, oldest first. */
	@Query(VIEW + " where i.plan_id = :planId and ans.id is null and x.asked_at <= :asOf order by x.asked_at, x.id")
	List<ExplanationView> waiting(long planId, Instant asOf);

	/** Requests answered within the period (both ends included), on a plan, in the order they were answered. */
	@Query(VIEW + """
			 where i.plan_id = :planId and ans.answered_at >= :from and ans.answered_at <= :to
			order by ans.answered_at, x.id""")
	List<ExplanationView> answeredBetween(long planId, Instant from, Instant to);

	/**
	 * What one person asked and still waits for, on every unit's current plan (the province's list):
	 * by unit, then oldest first.
	 */
	@Query(VIEW + """
			 where x.asked_by = :officialId and ans.id is null and x.asked_at <= :asOf
			   and i.plan_id = (select q.id from plan q where q.unit_id = p.unit_id
			       order by q.plan_year desc, q.imported_at desc, q.id desc fetch first 1 rows only)
			order by u.name, p.unit_id, x.asked_at, x.id""")
	List<ExplanationView> waitingAskedBy(long officialId, Instant asOf);

	/** A unit's unanswered requests asked before the moment and not reminded of yet. */
	@Query("""
			select x.* from explanation x
			join plan_item i on i.id = x.plan_item_id
			join plan p on p.id = i.plan_id
			where x.reminded_at is null and x.asked_at < :before and p.unit_id = :unitId
			  and not exists (select 1 from explanation_answer a where a.explanation_id = x.id)
			order by x.asked_at, x.id""")
	List<Explanation> toRemind(Instant before, long unitId);

	/** Marks the one reminder of a request; false when another run did already. */
	@Modifying
	@Query("update explanation set reminded_at = :at where id = :id and reminded_at is null")
	boolean reminded(long id, Instant at);
}
