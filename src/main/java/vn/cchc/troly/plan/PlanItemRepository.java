package vn.cchc.troly.plan;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface PlanItemRepository extends ListCrudRepository<PlanItem, Long> {

	List<PlanItem> findByPlanOrderByOrdinal(Long planId);
}
