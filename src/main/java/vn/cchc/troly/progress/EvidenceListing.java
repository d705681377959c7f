package vn.cchc.troly.progress;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** One query for a whole plan, the latest description joined (a later one, or a later id at the same moment, wins). */
interface EvidenceListing extends Repository<Evidence, Long> {

	@Query("""
			select e.id, e.plan_item_id, i.code as item_code, e.kind, e.file_name, e.mime_type, e.sha256,
			       e.size_bytes, e.content, e.received_at, o.display_name as sender_name,
			       d.document_number, d.document_date, d.issuer, d.page
			from evidence e
			join plan_item i on i.id = e.plan_item_id
			join official o on o.id = e.official_id
			left join evidence_description d on d.evidence_id = e.id and not exists (
			    select 1 from evidence_description n where n.evidence_id = e.id
			    and (n.described_at > d.described_at or (n.described_at = d.described_at and n.id > d.id)))
			where i.plan_id = :planId
			order by e.received_at, e.id
			""")
	List<KeptEvidence> ofPlan(long planId);
}
