package vn.cchc.troly.people;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface OfficialRepository extends ListCrudRepository<Official, Long> {

	/**
	 * Written out rather than derived from the name: every update looks its sender up, and a derived
	 * query builds its SQL again at each call (half of the lookup's garbage, measured).
	 */
	@Query("select o.* from official o where o.telegram_user_id = :telegramUserId")
	Optional<Official> findByTelegramUserId(long telegramUserId);

	@Query("select o.* from official o where o.active and o.unit_id = :unitId order by o.display_name")
	List<Official> findActiveOfUnit(long unitId);

	@Query("""
			select o.* from official o
			where o.active
			  and exists (select 1 from official_position p where p.official_id = o.id and p.position_id = :positionId)
			order by o.display_name
			""")
	List<Official> findActiveHolding(long positionId);

	@Query("""
			select o.* from official o
			where o.active and o.unit_id = :unitId
			  and exists (select 1 from official_role r where r.official_id = o.id and r.role = :role)
			order by o.display_name
			""")
	List<Official> findActiveWithRole(long unitId, String role);

	/** Active officials with the role in any unit, and the province's: the command menus set at start. */
	@Query("""
			select o.* from official o
			where o.active
			  and exists (select 1 from official_role r where r.official_id = o.id and r.role = :role)
			order by o.display_name
			""")
	List<Official> findActiveWithRoleEverywhere(String role);

	/** The Telegram users of every other unit's people and of the province's. */
	@Query("select o.telegram_user_id from official o where o.unit_id is null or o.unit_id <> :unitId")
	List<Long> findTelegramUsersOutside(long unitId);

	/**
	 * The positions asked for, each with its active holders (one row per holder, a row with no
	 * official for a position nobody active holds), holders by name: one query for a plan's leads.
	 */
	@Query("""
			select p.id as position_id, p.name as position_name, o.id as official_id, o.telegram_user_id,
			       o.display_name, o.muted_until
			from job_position p
			left join official_position h on h.position_id = p.id
			left join official o on o.id = h.official_id and o.active
			where p.id in (:positionIds)
			order by p.id, o.display_name, o.id
			""")
	List<HolderRow> findHolders(Collection<Long> positionIds);

	record HolderRow(long positionId, String positionName, Long officialId, Long telegramUserId, String displayName,
			Instant mutedUntil) {
	}
}
