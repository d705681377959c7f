package vn.cchc.troly.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import vn.cchc.troly.people.Unit;

interface PlanRepository extends ListCrudRepository<Plan, Long> {

	Optional<Plan> findByUnitAndYearAndTitle(AggregateReference<Unit, Long> unit, int year, String title);

	/**
	 * The id of the plan a unit works on now: the latest year's, and of two plans of that
	 * year the one imported last. Importing last year's plan again (a correction) leaves the new
	 * year's current.
	 */
	@Query("""
			select p.id from plan p where p.unit_id = :unitId
			order by p.plan_year desc, p.imported_at desc, p.id desc fetch first 1 rows only
			""")
	Optional<Long> findCurrentId(long unitId);

	/** Every unit's current plan id: what the province looks across. */
	@Query("""
			select p.unit_id, p.id as plan_id from plan p
			where p.id = (select q.id from plan q where q.unit_id = p.unit_id
			    order by q.plan_year desc, q.imported_at desc, q.id desc fetch first 1 rows only)
			""")
	List<UnitPlan> findCurrentOfEveryUnit();

	record UnitPlan(long unitId, long planId) {
	}

	/** A unit's plans, its current one first, then by year, newest first. */
	@Query("""
			select p.id, u.name as unit_name, p.plan_year, p.title, p.number, p.imported_at,
			    (select count(*) from plan_item i where i.plan_id = p.id and i.withdrawn_at is null) as items,
			    case when p.id = (select q.id from plan q where q.unit_id = p.unit_id
			        order by q.plan_year desc, q.imported_at desc, q.id desc fetch first 1 rows only)
			        then true else false end as current_plan
			from plan p join admin_unit u on u.id = p.unit_id
			where p.unit_id = :unitId
			order by u.name, p.plan_year desc, p.imported_at desc, p.id desc
			""")
	List<PlanSummary> findSummaries(long unitId);

	/** The plan of a year of the unit that holds a given plan: "/tinhhinh 2024" next to the current one. */
	@Query("""
			select p.id from plan p
			where p.unit_id = (select q.unit_id from plan q where q.id = :planId) and p.plan_year = :year
			order by p.imported_at desc, p.id desc
			fetch first 1 rows only
			""")
	Optional<Long> findIdOfYearBeside(long planId, int year);
}
