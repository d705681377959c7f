package vn.cchc.troly.operator;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.cchc.troly.people.Unit;
import vn.cchc.troly.people.UnitScope;
import vn.cchc.troly.people.Units;

/**
 * The unit an operator command works in: the one {@code --unit} names, else the installation's only
 * one (or none yet: a fresh installation). With several units and no --unit, or a name no unit has,
 * the operator is told which units there are and nothing is done.
 */
@Component
class OperatorUnits {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final Units units;
	private final UnitScope scope;
	private final MessageSource messages;

	OperatorUnits(Units units, UnitScope scope, MessageSource messages) {
		this.units = units;
		this.scope = scope;
		this.messages = messages;
	}

	/**
	 * The unit to work in: a present optional holding the unit (or holding nothing for a fresh
	 * installation with no unit yet), or an empty optional after telling {@code err} why not.
	 */
	Optional<Optional<Unit>> chosen(String unitName, PrintStream err) {
		var all = units.all();
		if (unitName == null || unitName.isBlank()) {
			if (all.size() <= 1) {
				return Optional.of(all.stream().findFirst());
			}
			err.println(text("operator.unit.needed", names()));
			return Optional.empty();
		}
		var found = units.find(unitName);
		if (found.isEmpty()) {
			err.println(text("operator.unit.unknown", unitName.strip(), all.isEmpty() ? "—" : names()));
			return Optional.empty();
		}
		return Optional.of(found);
	}

	/** Does the work in the unit (or with none bound, for a fresh installation). */
	<T> T within(Optional<Unit> unit, Supplier<T> work) {
		return unit.map(u -> scope.within(u.unitId(), work)).orElseGet(work);
	}

	private String names() {
		return units.all().stream().map(u -> u.name() == null ? text("operator.unit.unnamed") : u.name())
			.collect(Collectors.joining("; "));
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, VIETNAMESE);
	}
}
