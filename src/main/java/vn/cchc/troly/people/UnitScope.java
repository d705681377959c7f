package vn.cchc.troly.people;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Which unit the work at hand is for: the chat sets the caller's unit for an update, the scheduler
 * each unit in turn, the operator the one named by {@code --unit}. Every read of "the current plan",
 * "the officials" or "the leadership group" is of this unit; so a coordinator of one commune cannot
 * reach another's data through any command or button, and no handler has to pass the unit along.
 * <p>
 * Bound to the thread (as Spring binds a transaction or a locale) for the length of the work, and
 * restored after it. Nothing bound: an installation with one unit means that unit, so it behaves as
 * before units existed; with several it is a mistake in the code, refused loudly rather than guessed.
 */
@Component
public class UnitScope {

	private final ThreadLocal<UnitId> bound = new ThreadLocal<>();
	private final UnitRepository units;

	UnitScope(UnitRepository units) {
		this.units = units;
	}

	/** Does the work for the unit, then restores what was bound before. */
	public <T> T within(UnitId unit, Supplier<T> work) {
		var before = bound.get();
		bound.set(unit);
		try {
			return work.get();
		}
		finally {
			if (before == null) {
				bound.remove();
			}
			else {
				bound.set(before);
			}
		}
	}

	public void run(UnitId unit, Runnable work) {
		within(unit, () -> {
			work.run();
			return null;
		});
	}

	/**
	 * The unit the work is for: the one bound, else the installation's only unit; empty when there
	 * is no unit yet (a fresh installation before its first invite or plan).
	 * @throws IllegalStateException when nothing is bound and there are several units
	 */
	public Optional<UnitId> current() {
		var unit = bound.get();
		if (unit != null) {
			return Optional.of(unit);
		}
		var ids = units.findFirstTwoIds();
		if (ids.size() > 1) {
			throw new IllegalStateException("Work for one unit was started without saying which, and there are several");
		}
		return ids.stream().findFirst().map(UnitId::new);
	}

	/** The unit the work is for, as an id for a query: -1 (no row) when there is no unit yet. */
	public long currentIdOrNone() {
		return current().map(UnitId::value).orElse(-1L);
	}

	/** Whether a unit is bound explicitly (the chat's caller, the scheduler's turn, --unit). */
	public boolean isBound() {
		return bound.get() != null;
	}
}
