package vn.cchc.troly.chat.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.cchc.troly.chat.ChatTest;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.sandbox.BotMessage;
import vn.cchc.troly.sandbox.ChatUser;

/** Invites made in the chat and redeemed through the deep link: /moi, then /start &lt;code&gt;. */
class OnboardingTests extends ChatTest {

	private static final Pattern LINK = Pattern.compile("https://t\\.me/" + BOT_USERNAME + "\\?start=([A-Za-z0-9_-]+)");

	@Autowired
	PeopleManagement people;

	@Test
	void theCoordinatorInvitesAnOfficialWhoOpensTheLinkAndIsGreetedWithTheirItems() {
		var hoa = coordinator("Hoa");

		var sent = telegram.users().sends(hoa, "/moi Tư pháp - Hộ tịch");
		var replies = probe.awaitReplies(sent, 2, WAIT);

		var code = codeIn(replies.get(0));
		assertThat(replies.get(0).text()).isEqualTo("""
				✅ Đã tạo liên kết mời dùng một lần.
				Chức danh: <b>Tư pháp - Hộ tịch</b>
				Vai trò: công chức
				Hết hạn: 21/06/2024 16:00
				https://t.me/troly_test_bot?start=%s

				Hãy chuyển tiếp tin nhắn dưới đây cho người được mời.""".formatted(code));
		assertThat(replies.get(1).text()).isEqualTo("Mời anh/chị dùng Trợ lý CCHC của UBND xã với chức danh Tư pháp - Hộ tịch: "
				+ "mở liên kết https://t.me/troly_test_bot?start=" + code + " rồi bấm Bắt đầu (Start). Liên kết dùng một lần, "
				+ "hết hạn lúc 21/06/2024 16:00. Nếu liên kết không mở được, hãy gửi cho bot: <code>/start " + code + "</code>");

		var tam = someone("Tâm", "vi");
		var opened = telegram.users().sends(tam, "/start " + code);
		var welcome = probe.awaitReplies(opened, 2, WAIT);

		assertThat(welcome.get(0).text()).isEqualTo("""
				👋 Chào Tâm! Bạn đã đăng ký với chức danh <b>Tư pháp - Hộ tịch</b>.

				Trợ lý CCHC giúp bạn theo dõi các mục của kế hoạch khắc phục hạn chế cải cách hành chính mà bạn tham mưu hoặc phối hợp.
				Bạn cập nhật tiến độ, số liệu và gửi minh chứng ngay tại đây; gõ /trogiup để xem các lệnh.""");
		assertThat(welcome.get(1).text()).startsWith("<b>📋 Việc của bạn</b>\n\n<b>Bạn tham mưu</b>\n<b>2.1</b> Các ý kiến")
			// Other chat tests share the database and may have reported on 2.1 already.
			.contains("Hạn 31/12/2024 (còn 200 ngày) · Báo cáo gần nhất: ");
		assertThat(welcome.get(1).buttonData()).containsExactly("rep:2.1");
		assertThat(people.findByTelegramUser(tam.id())).hasValueSatisfying(official -> {
			assertThat(official.displayName()).isEqualTo("Tâm");
			assertThat(official.hasRole(Role.OFFICIAL)).isTrue();
		});
		// The same as /viec shows.
		assertThat(replyTo(tam, "/viec").text()).isEqualTo(welcome.get(1).text());
	}

	@Test
	void aLeaderIsGreetedWithTheirRoleAndWelcomedBackLater() {
		var hoa = coordinator("Hoa");
		var code = codeIn(probe.awaitReplies(telegram.users().sends(hoa, "/moi Chủ tịch UBND xã lanhdao"), 2, WAIT).get(0));

		var son = someone("Sơn", "vi");
		var welcome = probe.awaitReplies(telegram.users().sends(son, "/start " + code), 2, WAIT);

		assertThat(welcome.get(0).text())
			.startsWith("👋 Chào Sơn! Bạn đã đăng ký với chức danh <b>Chủ tịch UBND xã</b>, vai trò <b>lãnh đạo</b>.");
		assertThat(welcome.get(1).text()).startsWith("Bạn chưa tham mưu hay phối hợp mục nào");
		assertThat(people.hasRole(son.id(), Role.LEADER)).isTrue();

		var back = probe.awaitReplies(telegram.users().sends(son, "/start"), 2, WAIT);
		assertThat(back.get(0).text()).isEqualTo("👋 Chào mừng Sơn trở lại!");
		assertThat(back.get(1).text()).startsWith("Bạn chưa tham mưu hay phối hợp mục nào");
	}

	@Test
	void aUsedCodeIsRefusedToSomeoneElse() {
		var code = invite("Tư pháp - Hộ tịch");
		var first = someone("Thư", "vi");
		probe.awaitReplies(telegram.users().sends(first, "/start " + code), 2, WAIT);

		var other = someone("Tuấn", "vi");

		assertThat(replyTo(other, "/start " + code).text())
			.isEqualTo("Mã mời này đã được dùng. Mỗi mã chỉ dùng một lần; xin mã mới từ công chức Văn phòng - Thống kê.");
		assertThat(people.findByTelegramUser(other.id())).isEmpty();
	}

	@Test
	void anExpiredCodeIsRefused() {
		var code = invite("Tư pháp - Hộ tịch");
		clock.advance(Duration.ofDays(7).plusMinutes(1));
		var late = someone("Uyên", "vi");

		assertThat(replyTo(late, "/start " + code).text())
			.isEqualTo("Mã mời này đã hết hạn. Xin mã mới từ công chức Văn phòng - Thống kê.");
		assertThat(people.findByTelegramUser(late.id())).isEmpty();
	}

	@Test
	void anUnknownCodeIsRefused() {
		var guess = someone("Vân", "vi");

		assertThat(replyTo(guess, "/start AAAAAAAAAAAAAAAAAAAAAAAA").text())
			.isEqualTo("Mã mời không đúng. Xin mã mời mới từ công chức Văn phòng - Thống kê.");
		assertThat(replyTo(guess, "/start <b>").text())
			.isEqualTo("Mã mời không đúng. Xin mã mời mới từ công chức Văn phòng - Thống kê.");
		assertThat(people.findByTelegramUser(guess.id())).isEmpty();
	}

	@Test
	void aPositionThePlanDoesNotNameIsRefusedWithTheOnesItDoes() {
		var hoa = coordinator("Hoa");

		var reply = replyTo(hoa, "/moi Kế toán <trưởng>");

		assertThat(reply.text()).startsWith("Kế hoạch không có chức danh \"Kế toán &lt;trưởng&gt;\". Các chức danh trong kế hoạch: ")
			.contains("Tư pháp - Hộ tịch").contains("Văn phòng - Thống kê");
		assertThat(replyTo(hoa, "/moi").text()).startsWith("Gõ chức danh sau lệnh");
	}

	@Test
	void anEnglishCoordinatorGetsTheInviteInEnglish() {
		var kim = someone("Kim", "en");
		register(kim, "Văn phòng - Thống kê", Role.COORDINATOR);

		var replies = probe.awaitReplies(telegram.users().sends(kim, "/invite Tư pháp - Hộ tịch"), 2, WAIT);

		assertThat(replies.get(0).text()).startsWith("✅ One-time invite link created.\nPosition: <b>Tư pháp - Hộ tịch</b>\nRole: official\nExpires: 21/06/2024 16:00\nhttps://t.me/troly_test_bot?start=");
		assertThat(replies.get(1).text()).startsWith("You are invited to use the commune's CCHC Assistant as Tư pháp - Hộ tịch: open https://t.me/troly_test_bot?start=");
	}

	private ChatUser coordinator(String name) {
		var user = someone(name, "vi");
		register(user, "Văn phòng - Thống kê", Role.COORDINATOR);
		return user;
	}

	private String invite(String position) {
		var hoa = coordinator("Hoa");
		return codeIn(probe.awaitReplies(telegram.users().sends(hoa, "/moi " + position), 2, WAIT).get(0));
	}

	private static String codeIn(BotMessage message) {
		var matcher = LINK.matcher(message.text());
		assertThat(matcher.find()).as("an invite link in: %s", message.text()).isTrue();
		return matcher.group(1);
	}
}
