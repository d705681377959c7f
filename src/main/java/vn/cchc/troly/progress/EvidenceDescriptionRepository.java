package vn.cchc.troly.progress;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Descriptions are only ever added; the latest per evidence counts. */
interface EvidenceDescriptionRepository extends Repository<EvidenceDescription, Long> {

	EvidenceDescription save(EvidenceDescription description);

	/** Every description of one piece of evidence, newest first: its history of corrections. */
	List<EvidenceDescription> findByEvidenceOrderByDescribedAtDescIdDesc(AggregateReference<Evidence, Long> evidence);

	/** Every description of the item's evidence, newest first. */
	@Query("""
			select d.* from evidence_description d join evidence e on e.id = d.evidence_id
			where e.plan_item_id = :itemId
			order by d.described_at desc, d.id desc
			""")
	List<EvidenceDescription> ofItem(long itemId);

	default Optional<EvidenceDescription> latest(AggregateReference<Evidence, Long> evidence) {
		return findByEvidenceOrderByDescribedAtDescIdDesc(evidence).stream().findFirst();
	}
}
