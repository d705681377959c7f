package vn.cchc.troly.sandbox;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import vn.cchc.troly.people.Position;
import vn.cchc.troly.people.PositionKind;
import vn.cchc.troly.people.PositionNames;
import vn.cchc.troly.people.Role;

/**
 * Who the sandbox plays, made up for the seed plan: a chairman, one official per position the
 * plan names (the Văn phòng - Thống kê one is also the coordinator), and one official left to
 * onboard (Tư pháp - Hộ tịch). Telegram ids are fixed, so a restart finds the same people.
 */
final class SandboxCast {

	static final long CHAIRMAN_ID = 7_100_000_001L;
	static final String CHAIRMAN_POSITION = "Chủ tịch UBND xã";
	static final long LEADERSHIP_GROUP_ID = -7_100_000_001L;

	private static final String COORDINATOR_POSITION = PositionNames.matchKey("Văn phòng - Thống kê");
	private static final String ONBOARDING_POSITION = PositionNames.matchKey("Tư pháp - Hộ tịch");

	// Made-up people; the names are data like the seed plan, not interface words.
	private static final Map<String, String> NAMES = Map.of(
			COORDINATOR_POSITION, "Trần Thị Mai",
			PositionNames.matchKey("Văn hóa - xã hội"), "Lê Văn Nam",
			ONBOARDING_POSITION, "Huỳnh Văn Bình",
			PositionNames.matchKey("Tài chính - Kế toán"), "Phạm Thị Hoa",
			PositionNames.matchKey("Thủ quỹ - Văn thư - lưu trữ"), "Võ Thị Lan",
			PositionNames.matchKey("Bộ phận Một cửa xã"), "Đặng Thị Thu");

	private SandboxCast() {
	}

	/** The cast for the positions the plan names, the chairman first. */
	static List<SandboxPerson> forPositions(List<Position> planPositions) {
		var positions = planPositions.stream().filter(p -> p.kind() != PositionKind.ALL_STAFF)
			.sorted((a, b) -> Collator.getInstance(Locale.forLanguageTag("vi")).compare(a.name(), b.name()))
			.toList();
		var coordinator = positions.stream().filter(p -> p.matchKey().equals(COORDINATOR_POSITION)).findFirst()
			.orElse(positions.isEmpty() ? null : positions.get(0));
		var onboarding = positions.stream().filter(p -> p.matchKey().equals(ONBOARDING_POSITION)).findFirst()
			.orElse(positions.size() < 2 ? null : positions.get(positions.size() - 1));
		var cast = new ArrayList<SandboxPerson>();
		cast.add(new SandboxPerson(new ChatUser(CHAIRMAN_ID, "Nguyễn Văn Hùng", "vi"), CHAIRMAN_POSITION, Role.LEADER,
				false, true));
		for (var position : positions) {
			var name = NAMES.getOrDefault(position.matchKey(), position.name());
			var user = new ChatUser(7_100_000_100L + position.id(), name, "vi");
			var isCoordinator = Objects.equals(position, coordinator);
			cast.add(new SandboxPerson(user, position.name(), isCoordinator ? Role.COORDINATOR : Role.OFFICIAL,
					Objects.equals(position, onboarding), isCoordinator));
		}
		return List.copyOf(cast);
	}
}
