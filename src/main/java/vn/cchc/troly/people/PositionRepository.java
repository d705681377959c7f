package vn.cchc.troly.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;

import org.springframework.data.repository.ListCrudRepository;

interface PositionRepository extends ListCrudRepository<Position, Long> {

	Optional<Position> findByUnitIdAndMatchKey(long unitId, String matchKey);

	@Query("select * from job_position where unit_id is null and match_key = :matchKey")
	Optional<Position> findProvinceByMatchKey(String matchKey);

	List<Position> findByUnitId(long unitId);
}
