package vn.cchc.troly.plan;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface UnitRepository extends ListCrudRepository<Unit, Long> {

	Optional<Unit> findByName(String name);
}
