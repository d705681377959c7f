package vn.cchc.troly.people;

/** A unit (commune or ward), by the number the database gave it. */
public record UnitId(long value) {

	@Override
	public String toString() {
		return String.valueOf(value);
	}
}
