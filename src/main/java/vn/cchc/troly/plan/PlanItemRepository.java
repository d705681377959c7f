package vn.cchc.troly.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PlanItemRepository extends ListCrudRepository<PlanItem, Long> {

	/** Every item of a plan, withdrawn ones too, in the plan's order. */
	@Query("select * from plan_item where plan_id = :planId order by ordinal, id")
	List<PlanItem> findByPlanOrderByOrdinal(Long planId);

	/** The items of a plan less withdrawn ones, in the plan's order. */
	@Query("select * from plan_item where plan_id = :planId and withdrawn_at is null order by ordinal")
	List<PlanItem> findActiveByPlan(long planId);

	/** The items of a unit's current plan (the latest year's, imported last; see PlanRepository), less withdrawn ones. */
	@Query("""
			select i.* from plan_item i
			where i.plan_id = (select p.id from plan p where p.unit_id = :unitId
			    order by p.plan_year desc, p.imported_at desc, p.id desc fetch first 1 rows only)
			and i.withdrawn_at is null
			order by i.ordinal
			""")
	List<PlanItem> findCurrent(long unitId);

	/** The item of a unit's current plan with this code (not withdrawn), the first in the plan's order if several. */
	@Query("""
			select i.* from plan_item i
			where i.plan_id = (select p.id from plan p where p.unit_id = :unitId
			    order by p.plan_year desc, p.imported_at desc, p.id desc fetch first 1 rows only)
			and i.withdrawn_at is null and i.code = :code
			order by i.ordinal
			fetch first 1 rows only
			""")
	Optional<PlanItem> findCurrentByCode(long unitId, String code);

	/** An item, when it belongs to one of the unit's plans: a button's item id from another unit finds nothing. */
	@Query("""
			select i.* from plan_item i join plan p on p.id = i.plan_id
			where i.id = :id and p.unit_id = :unitId
			""")
	Optional<PlanItem> findByIdInUnit(long id, long unitId);

	/** The unit an item's plan belongs to. */
	@Query("select p.unit_id from plan_item i join plan p on p.id = i.plan_id where i.id = :id")
	Optional<Long> findUnitOf(long id);
}
