package vn.cchc.troly.report;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface LeadershipGroupRepository extends Repository<LeadershipGroupRow, Long> {

	LeadershipGroupRow save(LeadershipGroupRow row);

	@Query("select g.* from leadership_group g order by g.set_at desc, g.id desc fetch first 1 rows only")
	Optional<LeadershipGroupRow> findLatest();
}
