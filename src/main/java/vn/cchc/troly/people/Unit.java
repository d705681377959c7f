package vn.cchc.troly.people;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A commune or ward (its People's Committee): it owns its plans, positions, officials, leadership
 * group and schedule. {@code name} is as the plan writes it ("UBND xã Phổ Châu"); null only for the
 * unit a fresh installation made at its first invite, until the first plan names it.
 * {@code summaryCron}, {@code reminderCron} and {@code language} are the unit's own; null takes the
 * installation's ({@code troly.report.*}, Vietnamese).
 */
@Table("admin_unit")
public record Unit(@Id Long id, String name, String timeZone, String summaryCron, String reminderCron,
		String language) {

	static Unit named(String name, String timeZone) {
		return new Unit(null, name, timeZone, null, null, null);
	}

	public UnitId unitId() {
		return id == null ? null : new UnitId(id);
	}

	Unit withName(String newName) {
		return new Unit(id, newName, timeZone, summaryCron, reminderCron, language);
	}

	Unit withSchedule(String newSummaryCron, String newReminderCron) {
		return new Unit(id, name, timeZone, newSummaryCron, newReminderCron, language);
	}

	Unit withLanguage(String newLanguage) {
		return new Unit(id, name, timeZone, summaryCron, reminderCron, newLanguage);
	}
}
