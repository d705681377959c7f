package vn.cchc.troly.people;

/** An official, by the number the database gave them (not their messenger's user id). */
public record OfficialId(long value) {

	@Override
	public String toString() {
		return String.valueOf(value);
	}
}
