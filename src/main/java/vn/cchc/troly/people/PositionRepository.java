package vn.cchc.troly.people;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface PositionRepository extends ListCrudRepository<Position, Long> {

	Optional<Position> findByMatchKey(String matchKey);
}
