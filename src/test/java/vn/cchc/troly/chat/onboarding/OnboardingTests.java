package vn.cchc.troly.chat.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.cchc.troly.chat.ChatTest;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.sandbox.BotMessage;
import vn.cchc.troly.sandbox.ChatUser;

/**
 * Invites made in the chat and redeemed through the deep link: /moi, then /start &lt;code&gt;; for a
 * position someone holds, /moi says who and invites once the coordinator confirms.
 */
class OnboardingTests extends ChatTest {

	private static final Pattern LINK = Pattern.compile("https://t\\.me/" + BOT_USERNAME + "\\?start=([A-Za-z0-9_-]+)");

	@Autowired
	PeopleManagement people;
	@Autowired
	JdbcClient jdbc;

	@Test
	void theCoordinatorInvitesAnOfficialWhoOpensTheLinkAndIsGreetedWithTheirItems() {
		var hoa = coordinator("Hoa");

		var replies = invitation(hoa, "/moi Tư pháp - Hộ tịch");

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
		// Other chat tests share the database and may have reported on 2.1 already: its status varies.
		assertThat(welcome.get(1).text()).startsWith("<b>📋 Việc của bạn</b>\n\n<b>Bạn tham mưu</b>\n")
			.containsPattern("\n[🟢🟡⚪] <b>2\\.1</b> Các ý kiến, kiến nghị cải cách TTHC… · [^\n]+ · còn 200 ngày\n");
		assertThat(welcome.get(1).buttonData()).containsExactly("item:2.1");
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
		var code = codeIn(invitation(hoa, "/moi Chủ tịch UBND xã lanhdao").get(0));

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
	void aPositionHeldAlreadyNamesItsHolderAndIsInvitedToOnlyOnceConfirmed() {
		var hoa = coordinator("Hoa");
		var ngoc = someone("Ngọc", "vi");
		register(ngoc, "Phó Chủ tịch UBND xã", Role.LEADER);
		var before = invites();

		var question = replyTo(hoa, "/moi Phó Chủ tịch UBND xã lanhdao");

		assertThat(question.text()).startsWith("Chức danh <b>Phó Chủ tịch UBND xã</b> đã có người giữ: <b>")
			.contains("Ngọc")
			.endsWith("</b>.\nMột chức danh có thể có nhiều người (ví dụ hai lãnh đạo), nhưng hãy kiểm tra để không mời nhầm. "
					+ "Tạo thêm một liên kết mời cho chức danh này, vai trò lãnh đạo?");
		assertThat(question.buttonLabels()).containsExactly("✅ Vẫn tạo liên kết mời", "✖️ Thôi");
		assertThat(invites()).as("no invite before the answer").isEqualTo(before);

		telegram.users().presses(hoa, question, question.buttonData().get(0));

		var created = edited(hoa, question);
		assertThat(created.text()).startsWith("✅ Đã tạo liên kết mời dùng một lần.\nChức danh: <b>Phó Chủ tịch UBND xã</b>\n"
				+ "Vai trò: lãnh đạo\n");
		assertThat(created.buttonData()).isEmpty();
		var forward = probe.awaitMessageTo(hoa.id(), m -> m.messageId() > question.messageId(), WAIT);
		assertThat(forward.text()).startsWith("Mời anh/chị dùng Trợ lý CCHC của UBND xã với chức danh Phó Chủ tịch UBND xã:");
		assertThat(invites()).isEqualTo(before + 1);
		var second = someone("Quế", "vi");
		var welcome = probe.awaitReplies(telegram.users().sends(second, "/start " + codeIn(created)), 2, WAIT);
		assertThat(welcome.get(0).text())
			.startsWith("👋 Chào Quế! Bạn đã đăng ký với chức danh <b>Phó Chủ tịch UBND xã</b>, vai trò <b>lãnh đạo</b>.");
	}

	@Test
	void aPositionHeldAlreadyIsLeftAloneWhenTheCoordinatorSaysNo() {
		var hoa = coordinator("Hoa");
		var before = invites();

		var question = replyTo(hoa, "/moi Văn phòng - Thống kê");
		telegram.users().presses(hoa, question, question.buttonData().get(1));

		assertThat(question.text()).contains("đã có người giữ: <b>").contains("Hoa");
		assertThat(edited(hoa, question).text()).isEqualTo("Đã bỏ. Không tạo liên kết mời nào.");
		assertThat(invites()).isEqualTo(before);
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

		var replies = invitation(kim, "/invite Tư pháp - Hộ tịch");

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
		return codeIn(invitation(hoa, "/moi " + position).get(0));
	}

	/**
	 * The invite and the message to forward for a /moi. Other tests share the database, so the position
	 * may be held already: then the coordinator confirms, and the question becomes the invite.
	 */
	private List<BotMessage> invitation(ChatUser coordinator, String command) {
		var first = replyTo(coordinator, command);
		if (first.buttonData().isEmpty()) {
			return List.of(first, probe.awaitMessageTo(coordinator.id(), m -> m.messageId() > first.messageId(), WAIT));
		}
		telegram.users().presses(coordinator, first, first.buttonData().get(0));
		var forward = probe.awaitMessageTo(coordinator.id(), m -> m.messageId() > first.messageId(), WAIT);
		return List.of(edited(coordinator, first), forward);
	}

	private BotMessage edited(ChatUser user, BotMessage message) {
		return probe.awaitMessageTo(user.id(), m -> m.messageId() == message.messageId() && m.edits() > 0, WAIT);
	}

	private int invites() {
		return jdbc.sql("select count(*) from invite").query(Integer.class).single();
	}

	private static String codeIn(BotMessage message) {
		var matcher = LINK.matcher(message.text());
		assertThat(matcher.find()).as("an invite link in: %s", message.text()).isTrue();
		return matcher.group(1);
	}
}
