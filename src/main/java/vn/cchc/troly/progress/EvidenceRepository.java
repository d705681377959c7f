package vn.cchc.troly.progress;

import java.util.List;

import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.repository.Repository;

import vn.cchc.troly.plan.PlanItem;

/** Evidence is only ever added. */
interface EvidenceRepository extends Repository<Evidence, Long> {

	Evidence save(Evidence evidence);

	List<Evidence> findByItemOrderByReceivedAtDesc(AggregateReference<PlanItem, Long> item);
}
