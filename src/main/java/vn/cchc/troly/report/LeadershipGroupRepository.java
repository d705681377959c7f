package vn.cchc.troly.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface LeadershipGroupRepository extends Repository<LeadershipGroupRow, Long> {

	LeadershipGroupRow save(LeadershipGroupRow row);

	@Query("""
			select g.* from leadership_group g where g.unit_id = :unitId
			order by g.set_at desc, g.id desc fetch first 1 rows only
			""")
	Optional<LeadershipGroupRow> findLatest(long unitId);

	@Query("""
			select g.* from leadership_group g where g.unit_id is null
			order by g.set_at desc, g.id desc fetch first 1 rows only
			""")
	Optional<LeadershipGroupRow> findLatestOfProvince();

	/**
	 * The units (null: the province) whose group this chat is now: each unit's latest setting,
	 * where it names the chat.
	 */
	@Query("""
			select g.unit_id as unit_id from leadership_group g
			where g.chat_id = :chatId
			  and g.id = (select h.id from leadership_group h
			      where (h.unit_id = g.unit_id or (h.unit_id is null and g.unit_id is null))
			      order by h.set_at desc, h.id desc fetch first 1 rows only)
			""")
	List<GroupOwner> findOwnersOf(long chatId);

	/** The chats that are or were the group of another unit or of the province, and never this unit's. */
	@Query("""
			select distinct g.chat_id from leadership_group g
			where (g.unit_id is null or g.unit_id <> :unitId)
			  and not exists (select 1 from leadership_group m where m.chat_id = g.chat_id and m.unit_id = :unitId)
			""")
	List<Long> findChatsOfOthers(long unitId);

	record GroupOwner(Long unitId) {
	}
}
