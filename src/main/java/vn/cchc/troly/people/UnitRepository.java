package vn.cchc.troly.people;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UnitRepository extends ListCrudRepository<Unit, Long> {

	@Query("select * from admin_unit order by name, id")
	List<Unit> findAllOrdered();

	/** At most two unit ids: enough to tell none, one, or several. */
	@Query("select id from admin_unit order by id fetch first 2 rows only")
	List<Long> findFirstTwoIds();
}
