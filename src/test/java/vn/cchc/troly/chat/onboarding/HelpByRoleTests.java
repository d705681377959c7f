package vn.cchc.troly.chat.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.cchc.troly.chat.ChatTest;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.sandbox.BotMessage;
import vn.cchc.troly.sandbox.ChatUser;

/** /trogiup shows each person the commands their roles may use; every command is one press or word away. */
class HelpByRoleTests extends ChatTest {

	@Test
	void anOfficialSeesTheirOwnCommandsAndPressesForTheRest() {
		var an = someOfficial("An", "vi");

		var help = replyTo(an, "/trogiup");

		assertThat(help.text()).startsWith("<b>Trợ lý CCHC</b>")
			.contains("\n/viec (/my): ", "\n/so (/figure): ", "\n/capnhat (/note): ", "\n/trogiup (/help): ")
			.doesNotContain("/tinhhinh", "/tonghop", "/moi", "/han ")
			.containsPattern("\n\nCòn \\d+ lệnh khác: gõ <code>/trogiup tatca</code> hoặc bấm nút bên dưới.\n");
		assertThat(help.buttonLabels()).containsExactly("📖 Tất cả lệnh");

		telegram.users().presses(an, help, help.buttonData().get(0));

		var all = edited(an, help);
		assertThat(all.text()).contains("<b>Mọi cán bộ, công chức đã đăng ký</b>\n/batdau (/start): ")
			.contains("\n\n<b>Lãnh đạo và điều phối</b>\n/tinhhinh (/status): ")
			.contains("\n\n<b>Chỉ điều phối (Văn phòng - Thống kê)</b>\n/moi (/invite): ")
			.contains("\n/han (/deadline): Đặt hạn cho một mục (điều phối): /han 2.2 30/09/2024\n");
		assertThat(replyTo(an, "/trogiup tatca").text()).isEqualTo(all.text());
	}

	@Test
	void aLeaderSeesTheQueriesButNotTheCoordinatorsJobs() {
		var leader = someone("Lực", "vi");
		register(leader, "Chủ tịch UBND xã", Role.LEADER);

		var help = replyTo(leader, "/trogiup");

		assertThat(help.text()).contains("\n/tinhhinh (/status): ", "\n/chuabaocao (/missing): ", "\n/tonghop (/summary): ",
				"\n/xuat (/export): ").doesNotContain("/moi", "/han ", "/nhacviec").contains("/trogiup tatca");
		assertThat(help.buttonLabels()).containsExactly("📖 Tất cả lệnh");
	}

	@Test
	void theCoordinatorSeesEveryCommandAndNothingIsHidden() {
		var coordinator = someone("Minh Điều Phối", "vi");
		register(coordinator, "Văn phòng - Thống kê", Role.COORDINATOR);

		var help = replyTo(coordinator, "/trogiup");

		assertThat(help.text()).contains("\n/viec (/my): ", "\n/tinhhinh (/status): ", "\n/moi (/invite): ",
				"\n/han (/deadline): Đặt hạn cho một mục (điều phối): /han 2.2 30/09/2024\n", "\n/nhomlanhdao (/setgroup): ")
			.doesNotContain("tatca");
		assertThat(help.buttonData()).isEmpty();
	}

	private BotMessage edited(ChatUser user, BotMessage message) {
		return probe.awaitMessageTo(user.id(), m -> m.messageId() == message.messageId() && m.edits() > 0, WAIT);
	}
}
