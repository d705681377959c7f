package vn.cchc.troly.people;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A position (chức danh) as the plan writes it. {@code name} is shown as first written;
 * {@code matchKey} is the tolerant form that finds it again (see {@link PositionNames}). Each unit
 * has its own positions; {@code unitId} null is a position of the province.
 */
@Table("job_position")
public record Position(@Id Long id, String name, String matchKey, PositionKind kind, Long unitId) {

	/** A new position of a unit; a null unit is the province's own ("Sở Nội vụ"). */
	public static Position named(String name, Long unitId) {
		var cleaned = PositionNames.displayName(name);
		return new Position(null, cleaned, PositionNames.matchKey(cleaned), PositionNames.kindOf(cleaned), unitId);
	}
}
