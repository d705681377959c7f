package vn.cchc.troly.progress;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

import vn.cchc.troly.plan.PlanItem;

/** Evidence is only ever added. */
interface EvidenceRepository extends Repository<Evidence, Long> {

	Evidence save(Evidence evidence);

	List<Evidence> findByItemOrderByReceivedAtDesc(AggregateReference<PlanItem, Long> item);

	long countByItem(AggregateReference<PlanItem, Long> item);

	/** How many pieces of evidence each item has; items without any are left out. */
	@Query("select e.plan_item_id, count(*) as evidence_count from evidence e group by e.plan_item_id")
	List<EvidenceCount> countsByItem();

	/** Every piece of evidence on a plan's items, oldest first, with who sent it. */
	@Query("""
			select e.id, i.code as item_code, e.kind, e.file_name, e.caption, e.received_at,
			       o.display_name as official_name
			from evidence e
			join plan_item i on i.id = e.plan_item_id
			join official o on o.id = e.official_id
			where i.plan_id = :planId
			order by e.received_at, e.id
			""")
	List<EvidenceLogEntry> log(long planId);

	Optional<Evidence> findById(long id);

	/** The first piece of the item that holds these bytes. */
	@Query("select * from evidence where plan_item_id = :itemId and sha256 = :sha256 order by id limit 1")
	Optional<Evidence> keptFor(long itemId, String sha256);

	/** Files whose bytes are not kept yet (a download failed, or sent before files were kept), oldest first. */
	@Query("""
			select * from evidence
			where sha256 is null and telegram_file_id is not null and download_attempts < :maxAttempts
			order by id limit :limit
			""")
	List<Evidence> waitingForDownload(int maxAttempts, int limit);

	/** The item's evidence, newest first, with who sent it. */
	@Query("""
			select e.id, e.kind, e.file_name, e.caption, e.received_at, o.display_name as sent_by,
			       e.sha256, e.download_attempts
			from evidence e join official o on o.id = e.official_id
			where e.plan_item_id = :itemId
			order by e.received_at desc, e.id desc
			""")
	List<EvidenceRow> ofItem(long itemId);

	record EvidenceRow(long id, EvidenceKind kind, String fileName, String caption, Instant receivedAt, String sentBy,
			String sha256, int downloadAttempts) {
	}

	record EvidenceCount(long planItemId, long evidenceCount) {
	}
}
