package vn.cchc.troly.people;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface InviteRepository extends ListCrudRepository<Invite, Long> {

	Optional<Invite> findByCodeHash(String codeHash);

	/** Marks the invite used unless someone got there first; 1 when this call won it. */
	@Modifying
	@Query("update invite set used_at = :now where id = :id and used_at is null and expires_at > :now")
	int claim(long id, Instant now);

	@Modifying
	@Query("update invite set used_by = :officialId where id = :id")
	int recordUser(long id, long officialId);
}
