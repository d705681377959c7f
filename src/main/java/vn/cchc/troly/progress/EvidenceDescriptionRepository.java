package vn.cchc.troly.progress;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.repository.Repository;

/** Descriptions are only ever added; the latest per evidence counts. */
interface EvidenceDescriptionRepository extends Repository<EvidenceDescription, Long> {

	EvidenceDescription save(EvidenceDescription description);

	/** Every description of one piece of evidence, newest first: its history of corrections. */
	List<EvidenceDescription> findByEvidenceOrderByDescribedAtDescIdDesc(AggregateReference<Evidence, Long> evidence);

	default Optional<EvidenceDescription> latest(AggregateReference<Evidence, Long> evidence) {
		return findByEvidenceOrderByDescribedAtDescIdDesc(evidence).stream().findFirst();
	}
}
