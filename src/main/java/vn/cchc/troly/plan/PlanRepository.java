package vn.cchc.troly.plan;

import java.util.Optional;

import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.repository.ListCrudRepository;

interface PlanRepository extends ListCrudRepository<Plan, Long> {

	Optional<Plan> findByUnitAndYearAndTitle(AggregateReference<Unit, Long> unit, int year, String title);
}
