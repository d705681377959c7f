package vn.cchc.troly.plan;

/** A plan item, by the number the database gave it (not its code, which users type: "2.2"). */
public record PlanItemId(long value) {

	@Override
	public String toString() {
		return String.valueOf(value);
	}
}
