package vn.cchc.troly.sandbox;

import java.util.List;
import java.util.Optional;

import vn.cchc.troly.people.Role;
import vn.cchc.troly.people.UnitId;

/**
 * One side of the sandbox the page groups its people by: a commune (its unit, named as its plan
 * names it) or the province (no unit), with the people the sandbox plays there and their group.
 *
 * @param key how the page names it: the unit's id, or {@code province}
 * @param unitId the commune's unit; null for the province
 * @param name the unit's name ("UBND xã Phổ Châu"); null for the province, which the page names in its language
 */
record SandboxUnit(String key, UnitId unitId, String name, List<SandboxPerson> cast, GroupChat group) {

	static final String PROVINCE = "province";

	SandboxUnit {
		cast = List.copyOf(cast);
	}

	static SandboxUnit commune(UnitId unitId, String name, List<SandboxPerson> cast, GroupChat group) {
		return new SandboxUnit(unitId.toString(), unitId, name, cast, group);
	}

	static SandboxUnit province(SandboxPerson person, GroupChat group) {
		return new SandboxUnit(PROVINCE, null, null, List.of(person), group);
	}

	boolean isProvince() {
		return unitId == null;
	}

	boolean has(long telegramUserId) {
		return cast.stream().anyMatch(p -> p.user().id() == telegramUserId);
	}

	/** The commune's coordinator, who asks for its summary; empty for the province. */
	Optional<SandboxPerson> coordinator() {
		return cast.stream().filter(p -> p.role() == Role.COORDINATOR).findFirst();
	}
}
