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
 * Who the sandbox plays in one commune, made up for its plan: a chairman, one official per position
 * the plan names (the Văn phòng - Thống kê one is also the coordinator), and in the first commune one
 * official left to onboard (Tư pháp - Hộ tịch). Telegram ids are fixed, so a restart finds the same
 * people; each commune has its own range of ids ({@code idBase}), and the province persona its own.
 */
final class SandboxCast {

	static final long CHAIRMAN_ID = 7_100_000_001L;
	static final String CHAIRMAN_POSITION = "Chủ tịch UBND xã";
	static final long LEADERSHIP_GROUP_ID = -7_100_000_001L;

	static final long SECOND_CHAIRMAN_ID = 7_200_000_001L;
	static final long SECOND_GROUP_ID = -7_200_000_001L;

	static final long PROVINCE_ID = 7_300_000_001L;
	static final String PROVINCE_POSITION = "Sở Nội vụ";
	static final long PROVINCE_GROUP_ID = -7_300_000_001L;

	private static final String COORDINATOR_POSITION = PositionNames.matchKey("Văn phòng - Thống kê");
	private static final String ONBOARDING_POSITION = PositionNames.matchKey("Tư pháp - Hộ tịch");

	// Made-up people; the names are data like the seed plans, not interface words.
	/** Xã Phổ Châu, the seed plan's commune: as the sandbox has always played it. */
	static final SandboxCast FIRST = new SandboxCast(7_100_000_000L, "Nguyễn Văn Hùng", Map.of(
			COORDINATOR_POSITION, "Trần Thị Mai",
			PositionNames.matchKey("Văn hóa - xã hội"), "Lê Văn Nam",
			ONBOARDING_POSITION, "Huỳnh Văn Bình",
			PositionNames.matchKey("Tài chính - Kế toán"), "Phạm Thị Hoa",
			PositionNames.matchKey("Thủ quỹ - Văn thư - lưu trữ"), "Võ Thị Lan",
			PositionNames.matchKey("Bộ phận Một cửa xã"), "Đặng Thị Thu"), true);

	/** Xã Tịnh Bình, the second commune: everyone registered, so it is ready to compare with the first. */
	static final SandboxCast SECOND = new SandboxCast(7_200_000_000L, "Nguyễn Văn An", Map.of(
			COORDINATOR_POSITION, "Lê Thị Hồng",
			ONBOARDING_POSITION, "Phan Văn Tài",
			PositionNames.matchKey("Tài chính - Kế toán"), "Đỗ Thị Ngọc",
			PositionNames.matchKey("Địa chính - Xây dựng"), "Trương Văn Lộc",
			PositionNames.matchKey("Văn hóa - Xã hội"), "Bùi Thị Yến",
			PositionNames.matchKey("Bộ phận Một cửa xã"), "Ngô Thị Hạnh",
			PositionNames.matchKey("Các ban, ngành, đoàn thể xã"), "Trần Văn Phúc"), false);

	/** The province's officer at the Sở Nội vụ: no unit, no items, every commune to look across. */
	static final SandboxPerson PROVINCE = new SandboxPerson(new ChatUser(PROVINCE_ID, "Đinh Thị Thanh Hà", "vi"),
			PROVINCE_POSITION, Role.PROVINCE, false, true);

	private final long idBase;
	private final String chairmanName;
	private final Map<String, String> names;
	private final boolean withNewcomer;

	private SandboxCast(long idBase, String chairmanName, Map<String, String> names, boolean withNewcomer) {
		this.idBase = idBase;
		this.chairmanName = chairmanName;
		this.names = names;
		this.withNewcomer = withNewcomer;
	}

	/** The commune's leadership group: the chairman and the coordinator are in it. */
	long groupId() {
		return -(idBase + 1);
	}

	/** The cast for the positions the plan names, the chairman first. */
	List<SandboxPerson> forPositions(List<Position> planPositions) {
		var positions = planPositions.stream().filter(p -> p.kind() != PositionKind.ALL_STAFF)
			.sorted((a, b) -> Collator.getInstance(Locale.forLanguageTag("vi")).compare(a.name(), b.name()))
			.toList();
		var coordinator = positions.stream().filter(p -> p.matchKey().equals(COORDINATOR_POSITION)).findFirst()
			.orElse(positions.isEmpty() ? null : positions.get(0));
		var onboarding = !withNewcomer ? null
				: positions.stream().filter(p -> p.matchKey().equals(ONBOARDING_POSITION)).findFirst()
					.orElse(positions.size() < 2 ? null : positions.get(positions.size() - 1));
		var cast = new ArrayList<SandboxPerson>();
		cast.add(new SandboxPerson(new ChatUser(idBase + 1, chairmanName, "vi"), CHAIRMAN_POSITION, Role.LEADER,
				false, true));
		for (var position : positions) {
			var name = names.getOrDefault(position.matchKey(), position.name());
			var user = new ChatUser(idBase + 100 + position.id(), name, "vi");
			var isCoordinator = Objects.equals(position, coordinator);
			cast.add(new SandboxPerson(user, position.name(), isCoordinator ? Role.COORDINATOR : Role.OFFICIAL,
					Objects.equals(position, onboarding), isCoordinator));
		}
		return List.copyOf(cast);
	}
}
