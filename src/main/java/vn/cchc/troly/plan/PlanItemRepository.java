package vn.cchc.troly.plan;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PlanItemRepository extends ListCrudRepository<PlanItem, Long> {

	List<PlanItem> findByPlanOrderByOrdinal(Long planId);

	/** The items of the plan imported last: the one the commune works on now. */
	@Query("""
			select i.* from plan_item i
			where i.plan_id = (select p.id from plan p order by p.imported_at desc, p.id desc fetch first 1 rows only)
			order by i.ordinal
			""")
	List<PlanItem> findCurrent();
}
