package vn.cchc.troly.progress;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every piece of evidence on a plan's items with its latest description, for the dossier and its gaps. */
@Service
@Transactional(readOnly = true)
public class EvidenceCatalogue {

	private final EvidenceListing listing;

	EvidenceCatalogue(EvidenceListing listing) {
		this.listing = listing;
	}

	/** Every piece of evidence on the plan's items, in the order received. */
	public List<KeptEvidence> ofPlan(long planId) {
		return listing.ofPlan(planId);
	}
}
