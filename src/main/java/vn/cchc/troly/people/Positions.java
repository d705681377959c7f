package vn.cchc.troly.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds positions the tolerant way and records new ones as plans name them. */
@Service
public class Positions {

	private final PositionRepository repository;

	Positions(PositionRepository repository) {
		this.repository = repository;
	}

	/** The position this text names, matched after {@link PositionNames#matchKey}. */
	public Optional<Position> find(String text) {
		var name = PositionNames.parse(text).position();
		return name.isBlank() ? Optional.empty() : repository.findByMatchKey(PositionNames.matchKey(name));
	}

	/** The position this text names, recorded if the commune has none by that name yet. */
	@Transactional
	public Position resolve(String text) {
		var name = PositionNames.parse(text).position();
		if (name.isBlank()) {
			throw new IllegalArgumentException("A position needs a name");
		}
		return repository.findByMatchKey(PositionNames.matchKey(name))
			.orElseGet(() -> repository.save(Position.named(name)));
	}

	public Optional<Position> byId(long id) {
		return repository.findById(id);
	}

	/** The positions with these ids (unknown ids are left out). */
	public List<Position> byIds(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : repository.findAllById(ids);
	}

	public List<Position> all() {
		return repository.findAll();
	}
}
