package vn.cchc.troly.progress;

import java.util.List;

import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

import vn.cchc.troly.plan.PlanItem;

/** Evidence is only ever added. */
interface EvidenceRepository extends Repository<Evidence, Long> {

	Evidence save(Evidence evidence);

	List<Evidence> findByItemOrderByReceivedAtDesc(AggregateReference<PlanItem, Long> item);

	long countByItem(AggregateReference<PlanItem, Long> item);

	/** How many pieces of evidence each item has; items without any are left out. */
	@Query("select e.plan_item_id, count(*) as evidence_count from evidence e group by e.plan_item_id")
	List<EvidenceCount> countsByItem();

	/** Every piece of evidence on a plan's items, oldest first, with who sent it. */
	@Query("""
			select e.id, i.code as item_code, e.kind, e.file_name, e.caption, e.received_at,
			       o.display_name as official_name
			from evidence e
			join plan_item i on i.id = e.plan_item_id
			join official o on o.id = e.official_id
			where i.plan_id = :planId
			order by e.received_at, e.id
			""")
	List<EvidenceLogEntry> log(long planId);

	record EvidenceCount(long planItemId, long evidenceCount) {
	}
}
