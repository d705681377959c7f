package vn.cchc.troly.plan;

import java.util.Optional;

import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PlanRepository extends ListCrudRepository<Plan, Long> {

	Optional<Plan> findByUnitAndYearAndTitle(AggregateReference<Unit, Long> unit, int year, String title);

	/** The id of the plan imported last: the one the commune works on now. */
	@Query("select p.id from plan p order by p.imported_at desc, p.id desc fetch first 1 rows only")
	Optional<Long> findCurrentId();
}
