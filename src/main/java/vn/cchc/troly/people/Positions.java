package vn.cchc.troly.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds a unit's positions the tolerant way and records new ones as its plans name them. */
@Service
public class Positions {

	private final PositionRepository repository;
	private final UnitScope scope;
	private final Units units;

	Positions(PositionRepository repository, UnitScope scope, Units units) {
		this.repository = repository;
		this.scope = scope;
		this.units = units;
	}

	/** The position of the unit in scope this text names, matched after {@link PositionNames#matchKey}. */
	public Optional<Position> find(String text) {
		var name = PositionNames.parse(text).position();
		return name.isBlank() ? Optional.empty()
				: repository.findByUnitIdAndMatchKey(scope.currentIdOrNone(), PositionNames.matchKey(name));
	}

	/** The position this text names in the unit in scope, recorded if the unit has none by that name yet. */
	@Transactional
	public Position resolve(String text) {
		var name = requireName(text);
		var unit = units.home().value();
		return repository.findByUnitIdAndMatchKey(unit, PositionNames.matchKey(name))
			.orElseGet(() -> repository.save(Position.named(name, unit)));
	}

	/** The province's own position this text names ("Sở Nội vụ"), recorded if new. */
	@Transactional
	public Position resolveForProvince(String text) {
		var name = requireName(text);
		return repository.findProvinceByMatchKey(PositionNames.matchKey(name))
			.orElseGet(() -> repository.save(Position.named(name, null)));
	}

	public Optional<Position> byId(long id) {
		return repository.findById(id);
	}

	/** The positions with these ids (unknown ids are left out). */
	public List<Position> byIds(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : repository.findAllById(ids);
	}

	/** The unit in scope's positions. */
	public List<Position> all() {
		return repository.findByUnitId(scope.currentIdOrNone());
	}

	private static String requireName(String text) {
		var name = PositionNames.parse(text).position();
		if (name.isBlank()) {
			throw new IllegalArgumentException("A position needs a name");
		}
		return name;
	}
}
