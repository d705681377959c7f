package vn.cchc.troly.chat.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.cchc.troly.chat.ChatTest;
import vn.cchc.troly.people.Role;

/**
 * The province's people (Sở Nội vụ) belong to no unit and hold no items: a unit's commands refuse
 * them with a hint, and their help lists only what serves them.
 */
class ProvinceAccessTests extends ChatTest {

	@Test
	void theProvinceIsRefusedAUnitsCommandsAndTheirHelpListsOnlyTheirs() {
		var province = someone("Chuyên viên Sở", "vi");
		var official = register(province, "Sở Nội vụ", Role.PROVINCE);
		assertThat(official.isProvince()).isTrue();
		assertThat(official.hasRole(Role.PROVINCE)).isTrue();
		telegram.users().opensChat(province);

		for (var command : new String[] { "/viec", "/so 2.2 97", "/lichsu 2.2", "/hoantac", "/minhchung 2.2" }) {
			assertThat(replyTo(province, command).text()).as(command)
				.startsWith("Lệnh này dành cho cán bộ, công chức của từng xã, phường.");
		}
		assertThat(replyTo(province, "2.2 đã xong").text()).as("a note has no item of theirs")
			.startsWith("Lệnh này dành cho cán bộ, công chức của từng xã, phường.");

		var help = replyTo(province, "/trogiup").text();
		assertThat(help).contains("/trogiup").contains("/ngonngu").contains("/huy")
			.contains("Tình hình các đơn vị, xếp hạng").doesNotContain("Tình hình thực hiện kế hoạch")
			.doesNotContain("/viec").doesNotContain("/so ").doesNotContain("/hoantac").doesNotContain("/nhapkehoach");
	}
}
