package vn.cchc.troly.chat.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.cchc.troly.chat.ChatTest;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.progress.ProgressManagement;
import vn.cchc.troly.sandbox.ChatUser;

/** /viec (/my): what an official leads, then what they support, with where each stands. */
class MyItemsTests extends ChatTest {

	@Autowired
	ProgressManagement progress;

	@Test
	void ledItemsComeBeforeSupportedOnesWithTargetFigureStatusAndDeadline() {
		// A year of its own: 3.4's figure is the lead's, and the chat tests share one database.
		clock.setLocal("2029-09-20T10:00");
		var nga = supporterOf34("Nga", "vi");
		var official = register(nga, "Tư pháp - Hộ tịch", Role.OFFICIAL);
		var lead = register(someone("Lý", "vi"), "Văn phòng - Thống kê", Role.OFFICIAL);
		progress.recordFigure(lead, "3.4", "74");
		// Nga only supports 3.4: her figure is a proposal and shows nowhere until the lead confirms it.
		progress.recordFigure(official, "3.4", "90");

		var reply = replyTo(nga, "/viec");

		// Nga joined today: 2.1 is not ⏰ before a whole reporting period has passed.
		assertThat(reply.text()).isEqualTo("""
				<b>📋 Việc của bạn</b>

				<b>Bạn tham mưu</b>
				<b>2.1</b> Các ý kiến, kiến nghị cải cách TTHC, kiến nghị cụ thể sửa đổi, bổ…
				   Chỉ tiêu: Rà soát các thủ tục cần kiến nghị cấp thẩm quyền sửa đổi bổ sung… · ⚪ Chưa có số liệu
				   Hạn 31/12/2029 (còn 102 ngày) · Báo cáo gần nhất: chưa có

				<b>Bạn phối hợp</b>
				<b>3.4</b> Tỷ lệ hồ sơ thực hiện thanh toán trực tuyến
				   Chỉ tiêu &gt; 75% · Số liệu 74% · 🟡 Gần đạt
				   Hạn 31/12/2029 (còn 102 ngày) · Báo cáo gần nhất: 20/09/2029

				Bấm một nút bên dưới để cập nhật mục bạn tham mưu.""");
		assertThat(reply.buttonData()).containsExactly("rep:2.1");
		assertThat(reply.buttonLabels()).containsExactly("📝 Cập nhật 2.1");
	}

	@Test
	void anEnglishOfficialSeesTheListInEnglish() {
		clock.setLocal("2024-09-20T10:00");
		var jane = supporterOf34("Jane", "en");
		register(jane, "Tư pháp - Hộ tịch", Role.OFFICIAL);

		var reply = replyTo(jane, "/my");

		assertThat(reply.text()).startsWith("<b>📋 Your items</b>\n\n<b>You lead</b>\n<b>2.1</b> ")
			.contains("\n\n<b>You support</b>\n<b>3.4</b> Tỷ lệ hồ sơ thực hiện thanh toán trực tuyến\n   Target &gt; 75% · Figure ")
			.contains("Due 31/12/2024 (102 days left)")
			.endsWith("Press a button below to report on an item you lead.");
		assertThat(reply.buttonLabels()).containsExactly("📝 Report 2.1");
	}

	@Test
	void someoneWhoLeadsAndSupportsNothingIsToldSo() {
		var chu = someone("Chủ tịch", "vi");
		register(chu, "Chủ tịch UBND xã", Role.LEADER);

		var reply = replyTo(chu, "/viec");

		assertThat(reply.text()).isEqualTo("Bạn chưa tham mưu hay phối hợp mục nào trong kế hoạch hiện hành. "
				+ "Nếu thấy chưa đúng, hãy báo công chức Văn phòng - Thống kê.");
		assertThat(reply.buttonData()).isEmpty();
	}

	/** Thủ quỹ - Văn thư - lưu trữ supports 3.4 and leads nothing. */
	private ChatUser supporterOf34(String name, String language) {
		var user = someone(name, language);
		register(user, "Thủ quỹ - Văn thư - lưu trữ", Role.OFFICIAL);
		return user;
	}
}
