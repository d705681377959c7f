package vn.cchc.troly.chat.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.cchc.troly.chat.ChatTest;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.report.Summaries;
import vn.cchc.troly.sandbox.BotMessage;
import vn.cchc.troly.sandbox.ChatUser;
import vn.cchc.troly.sandbox.GroupChat;

/** /tonghop (/summary): a preview for leaders and the coordinator; only the coordinator posts it, once a week. */
class SummaryCommandTests extends ChatTest {

	@Autowired
	Summaries summaries;

	@Test
	void theCoordinatorPostsThePreviewToTheLeadershipGroupOnceAWeek() throws Exception {
		var coordinator = coordinator("Phương");
		var leaders = leadershipGroup(coordinator, "Lãnh đạo UBND xã");

		var replies = probe.awaitReplies(telegram.users().sends(coordinator, "/tonghop"), 2, WAIT);

		// The post button sits on the summary's own message, under the line that says what it does.
		assertThat(replies).extracting(BotMessage::kind).containsExactly("text", "photo");
		var preview = replies.get(0);
		assertThat(preview.text()).startsWith("<b>📊 Tổng hợp tuần 24/2024</b>")
			.endsWith("\n\n<i>Đây là bản xem trước.</i> Bấm nút bên dưới để gửi ngay vào nhóm lãnh đạo «Lãnh đạo UBND xã»; "
					+ "bản này sẽ là tổng hợp của tuần và lịch tự động sẽ không gửi thêm.");
		assertThat(preview.buttonLabels()).containsExactly("📤 Gửi vào nhóm lãnh đạo");
		assertThat(ImageIO.read(new ByteArrayInputStream(replies.get(1).file().bytes())).getWidth()).isPositive();
		assertThat(telegram.messagesIn(leaders.id())).as("a preview posts nothing").hasSize(1);

		var press = telegram.users().presses(coordinator, preview, preview.buttonData().get(0));

		var text = probe.awaitMessageTo(leaders.id(), m -> "text".equals(m.kind()) && m.text().startsWith("<b>📊"), WAIT);
		var chart = probe.awaitMessageTo(leaders.id(), m -> "photo".equals(m.kind()), WAIT);
		assertThat(text.text()).startsWith("<b>📊 Tổng hợp tuần 24/2024</b>");
		assertThat(chart.messageId()).isGreaterThan(text.messageId());
		assertThat(probe.callbackAnswer(press, WAIT)).hasValueSatisfying(
				answer -> assertThat(answer.param("text")).isEqualTo("Đã gửi vào nhóm lãnh đạo."));
		// The preview's message keeps the summary as posted, says so, and offers no button any more.
		var edited = edited(coordinator, preview);
		assertThat(edited.text()).isEqualTo(text.text() + "\n\n✅ Đã gửi bản tổng hợp tuần này vào nhóm lãnh đạo.");
		assertThat(edited.buttonData()).isEmpty();
		assertThat(summaries.postedThisWeek()).isPresent();

		var secondPress = telegram.users().presses(coordinator, preview, preview.buttonData().get(0));

		assertThat(probe.callbackAnswer(secondPress, WAIT)).hasValueSatisfying(answer -> {
			assertThat(answer.param("text")).isEqualTo("Bản tổng hợp tuần này đã gửi lúc 14/06/2024 16:00. Không gửi lại.");
			assertThat(answer.param("show_alert")).isEqualTo("true");
		});
		assertThat(telegram.messagesIn(leaders.id())).as("the confirmation, then the summary once: text and chart")
			.hasSize(3);
		var later = probe.awaitReplies(telegram.users().sends(coordinator, "/tonghop"), 2, WAIT);
		assertThat(later.get(0).text()).startsWith("<b>📊 Tổng hợp tuần 24/2024</b>")
			.endsWith("\n\n✅ Bản tổng hợp tuần này đã được gửi vào nhóm lãnh đạo lúc 14/06/2024 16:00. Mỗi tuần chỉ gửi một lần.");
		assertThat(later).allSatisfy(message -> assertThat(message.buttonData()).isEmpty());
	}

	@Test
	void aLeaderPreviewsWithoutAButtonAndAForgedPressPostsNothing() {
		var coordinator = coordinator("Quyên");
		var leaders = leadershipGroup(coordinator, "Lãnh đạo xã");
		var leader = someone("Sơn", "vi");
		register(leader, "Chủ tịch UBND xã", Role.LEADER);

		var update = telegram.users().sends(leader, "/tonghop");
		var replies = probe.awaitReplies(update, 2, WAIT);
		probe.awaitConfirmed(update, WAIT);

		assertThat(replies).extracting(BotMessage::kind).containsExactly("text", "photo");
		assertThat(telegram.messagesIn(leader.id())).hasSize(2).allSatisfy(m -> assertThat(m.buttonData()).isEmpty());

		var forged = telegram.users().presses(leader, replies.get(0), SummaryPostButton.DATA);

		assertThat(probe.callbackAnswer(forged, WAIT)).hasValueSatisfying(answer -> assertThat(answer.param("text"))
			.isEqualTo("Chức năng này chỉ dành cho công chức điều phối kế hoạch (Văn phòng - Thống kê)."));
		probe.awaitConfirmed(forged, WAIT);
		assertThat(summaries.postedThisWeek()).isEmpty();
		assertThat(telegram.messagesIn(leaders.id())).as("only the confirmation of /nhomlanhdao").hasSize(1);
		assertThat(telegram.messagesIn(leader.id())).allSatisfy(m -> assertThat(m.edits()).isZero());
	}

	private ChatUser coordinator(String name) {
		var user = someone(name, "vi");
		register(user, "Văn phòng - Thống kê", Role.COORDINATOR);
		return user;
	}

	private GroupChat leadershipGroup(ChatUser coordinator, String title) {
		var group = someGroup(title);
		var confirmed = probe.awaitReply(telegram.users().sendsIn(group, coordinator, "/nhomlanhdao"), WAIT);
		assertThat(confirmed.text()).startsWith("✅");
		return group;
	}

	private BotMessage edited(ChatUser user, BotMessage message) {
		return probe.awaitMessageTo(user.id(), m -> m.messageId() == message.messageId() && m.edits() > 0, WAIT);
	}
}
