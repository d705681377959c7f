package vn.cchc.troly.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface OfficialRepository extends ListCrudRepository<Official, Long> {

	Optional<Official> findByTelegramUserId(long telegramUserId);

	List<Official> findByActiveTrueOrderByDisplayName();

	@Query("""
			select o.* from official o
			where o.active
			  and exists (select 1 from official_position p where p.official_id = o.id and p.position_id = :positionId)
			order by o.display_name
			""")
	List<Official> findActiveHolding(long positionId);

	@Query("""
			select o.* from official o
			where o.active
			  and exists (select 1 from official_role r where r.official_id = o.id and r.role = :role)
			order by o.display_name
			""")
	List<Official> findActiveWithRole(String role);
}
