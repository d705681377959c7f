package vn.cchc.troly.chat.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.cchc.troly.chat.ChatTest;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.progress.Explanations;
import vn.cchc.troly.progress.ProgressManagement;
import vn.cchc.troly.sandbox.ChatUser;

/**
 * Asking for an explanation (giải trình): a leader asks an item's lead from /tinhhinh &lt;mã&gt;, the
 * summary or /giaitrinh; the lead answers in the chat; the answer reaches the leader and stays with
 * the item, in the summary and in the export. Item 2.1 is led by Tư pháp - Hộ tịch; other tests may
 * register holders of it too, so who is asked is checked by inclusion.
 */
class ExplanationTests extends ChatTest {

	private static final String JUSTICE = "Tư pháp - Hộ tịch";

	@Autowired
	Explanations explanations;
	@Autowired
	ProgressManagement progress;

	@Test
	void aLeaderAsksFromTheItemTheLeadAnswersAndTheAnswerStaysWithTheItem() throws Exception {
		clock.setLocal("2024-06-17T08:00");
		var chair = leader("Chủ tịch Hùng");
		var lan = someone("Hộ Tịch Lan", "vi");
		register(lan, JUSTICE, Role.OFFICIAL);
		opensTheChat(lan);

		var item = replyTo(chair, "/tinhhinh 2.1");
		assertThat(item.buttonLabels()).containsExactly("❓ Yêu cầu giải trình");
		var prompt = replyTo(telegram.users().presses(chair, item, "explain:ask:2.1"));
		assertThat(prompt.text()).startsWith("Bạn muốn người tham mưu giải trình điều gì về mục <b>2.1</b>");
		assertThat(prompt.buttonLabels()).containsExactly("Gửi không kèm câu hỏi");

		var asked = replyTo(chair, "Vì sao chưa có kiến nghị nào <gửi> lên huyện?");
		assertThat(asked.text()).startsWith("✅ Đã gửi yêu cầu giải trình mục <b>2.1</b> ").contains("Hộ Tịch Lan");

		var request = probe.awaitMessageTo(lan.id(), m -> m.text().startsWith("❓ <b>Chủ tịch Hùng</b> yêu cầu giải trình"),
				WAIT);
		assertThat(request.text()).contains("mục <b>2.1</b>")
			.contains("Câu hỏi: «Vì sao chưa có kiến nghị nào &lt;gửi&gt; lên huyện?»")
			.contains("Trạng thái: ");
		assertThat(request.buttonLabels()).containsExactly("✍️ Trả lời");

		// Asking again while it waits stores nothing new.
		assertThat(replyTo(chair, "/giaitrinh 2.1 nhắc lại").text())
			.startsWith("ℹ️ Bạn đã yêu cầu giải trình mục <b>2.1</b> lúc 17/06/2024 08:00");
		assertThat(replyTo(chair, "/giaitrinh").text()).startsWith("<b>Yêu cầu giải trình đang chờ trả lời</b>")
			.contains("❓ <b>2.1</b> Chủ tịch Hùng yêu cầu lúc 17/06/2024 08:00: «Vì sao chưa có kiến nghị nào");

		clock.advance(Duration.ofHours(3));
		var answerPrompt = replyTo(telegram.users().presses(lan, request, request.buttonData().get(0)));
		assertThat(answerPrompt.text()).startsWith("Gõ nội dung giải trình mục <b>2.1</b> trong một tin nhắn");
		var answered = replyTo(lan, "Tháng 5 đã tổng hợp 2 kiến nghị, đang chờ UBND xã ký gửi trong tuần này.");
		assertThat(answered.text()).isEqualTo("✅ Đã gửi giải trình mục <b>2.1</b> cho Chủ tịch Hùng và lưu cùng mục.");

		var answer = probe.awaitMessageTo(chair.id(), m -> m.text().startsWith("💬 <b>Hộ Tịch Lan</b> giải trình mục <b>2.1</b>"),
				WAIT);
		assertThat(answer.text()).contains("«Tháng 5 đã tổng hợp 2 kiến nghị, đang chờ UBND xã ký gửi trong tuần này.»")
			.contains("lúc 17/06/2024 11:00");

		// The request cannot be answered twice, nor by someone else.
		var again = replyTo(telegram.users().presses(lan, request, request.buttonData().get(0)));
		assertThat(again.text()).startsWith("Yêu cầu giải trình mục <b>2.1</b> đã được Hộ Tịch Lan trả lời.");

		// It stays with the item, and the summary tells the leaders.
		assertThat(replyTo(chair, "/tinhhinh 2.1").text()).contains("\n\n<b>Giải trình</b>\n")
			.contains("💬 <b>2.1</b> Chủ tịch Hùng yêu cầu lúc 17/06/2024 08:00: «Vì sao chưa có kiến nghị nào")
			.contains("— Hộ Tịch Lan trả lời (17/06/2024 11:00): «Tháng 5 đã tổng hợp 2 kiến nghị");
		var summary = probe.awaitReplies(telegram.users().sends(chair, "/tonghop"), 2, WAIT).get(0);
		assertThat(summary.text()).contains("\n<b>Giải trình</b>\n")
			.contains("💬 <b>2.1</b> Hộ Tịch Lan: Tháng 5 đã tổng hợp 2 kiến nghị")
			.contains("(theo yêu cầu của Chủ tịch Hùng)");

		var export = replyTo(chair, "/xuat");
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export.file().bytes()))) {
			var sheet = workbook.getSheet("Giải trình");
			assertThat(sheet).isNotNull();
			assertThat(rows(sheet)).anySatisfy(cells -> assertThat(cells).containsSubsequence("2.1", "17/06/2024 08:00",
					"Chủ tịch Hùng", "Vì sao chưa có kiến nghị nào <gửi> lên huyện?", "17/06/2024 11:00", "Hộ Tịch Lan",
					"Tháng 5 đã tổng hợp 2 kiến nghị, đang chờ UBND xã ký gửi trong tuần này."));
		}
	}

	@Test
	void onlyLeadersAskAndOnlyTheLeadAnswers() {
		clock.setLocal("2024-06-18T08:00");
		var vice = leader("Phó Chủ tịch Minh");
		var lan = someone("Hộ Tịch Hà", "vi");
		register(lan, JUSTICE, Role.OFFICIAL);
		opensTheChat(lan);
		var other = someOfficial("Văn Hóa Tú", "vi");

		assertThat(replyTo(other, "/giaitrinh 2.1 vì sao?").text())
			.startsWith("Chỉ lãnh đạo và công chức điều phối yêu cầu giải trình.");
		assertThat(replyTo(other, "/giaitrinh").text()).isEqualTo("Không có yêu cầu giải trình nào đang chờ bạn trả lời.");
		assertThat(replyTo(vice, "/giaitrinh 9.9").text()).startsWith("Không có mục này trong kế hoạch hiện hành.");

		var asked = replyTo(vice, "/giaitrinh 2.1");
		assertThat(asked.text()).startsWith("✅ Đã gửi yêu cầu giải trình mục <b>2.1</b>");
		var request = probe.awaitMessageTo(lan.id(), m -> m.text().startsWith("❓ <b>Phó Chủ tịch Minh</b>"), WAIT);
		assertThat(request.text()).doesNotContain("Câu hỏi:");

		// Another official pressing the lead's button (a forwarded message, say) is refused.
		var forged = replyTo(telegram.users().presses(other, request, request.buttonData().get(0)));
		assertThat(forged.text()).startsWith("Chỉ người tham mưu mục <b>2.1</b> (hoặc công chức điều phối) trả lời");

		// The lead sees it waiting for them, with its button.
		var waiting = replyTo(lan, "/giaitrinh");
		assertThat(waiting.text()).startsWith("<b>Yêu cầu giải trình chờ bạn trả lời</b>")
			.contains("❓ <b>2.1</b> Phó Chủ tịch Minh yêu cầu lúc 18/06/2024 08:00 — chờ trả lời");
		assertThat(waiting.buttonData()).contains(request.buttonData().get(0));
	}

	@Test
	void anUnansweredRequestIsRemindedOnce() {
		clock.setLocal("2024-06-19T08:00");
		var chair = leader("Chủ tịch Tâm");
		var lead = someone("Hộ Tịch Quân", "vi");
		register(lead, JUSTICE, Role.OFFICIAL);
		opensTheChat(lead);
		replyTo(chair, "/giaitrinh 2.1 tiến độ thế nào?");
		probe.awaitMessageTo(lead.id(), m -> m.text().startsWith("❓ <b>Chủ tịch Tâm</b>"), WAIT);

		clock.advance(Duration.ofDays(1));
		explanations.remindUnanswered();
		clock.advance(Duration.ofDays(1).plusHours(1));
		explanations.remindUnanswered();
		var reminder = probe.awaitMessageTo(lead.id(), m -> m.text().startsWith("⏰ Nhắc lại: <b>Chủ tịch Tâm</b>"), WAIT);
		assertThat(reminder.text()).contains("từ 19/06/2024 08:00, chưa có câu trả lời.")
			.contains("Câu hỏi: «tiến độ thế nào?»");
		assertThat(reminder.buttonLabels()).containsExactly("✍️ Trả lời");

		clock.advance(Duration.ofDays(3));
		explanations.remindUnanswered();
		// Another request's message would be a sign of a second reminder: wait for the /giaitrinh reply instead.
		replyTo(lead, "/giaitrinh");
		assertThat(telegram.messagesIn(lead.id())).filteredOn(m -> m.text().startsWith("⏰ Nhắc lại: <b>Chủ tịch Tâm</b>"))
			.hasSize(1);
	}

	@Test
	void theSummaryOffersTheItemsOffTrack() {
		// A year of its own: 3.4 (> 75%) at 10% is 🔴, whatever other tests reported in theirs.
		clock.setLocal("2033-03-10T08:00");
		var chair = leader("Chủ tịch Bảo");
		var office = someone("Văn Phòng Sơn", "vi");
		progress.recordFigure(register(office, "Văn phòng - Thống kê", Role.OFFICIAL), "3.4", "10");
		var summary = probe.awaitReplies(telegram.users().sends(chair, "/tonghop"), 2, WAIT).get(0);
		assertThat(summary.text()).contains("<b>Cần chú ý</b>\n🔴 <b>3.4</b> ").contains("<i>Yêu cầu người tham mưu giải trình: /giaitrinh ");
		assertThat(summary.buttonLabels()).contains("❓ Yêu cầu giải trình");
		var pick = replyTo(telegram.users().presses(chair, summary, "explain:pick"));
		assertThat(pick.text()).startsWith("Chọn mục cần người tham mưu giải trình");
		assertThat(pick.buttonData()).contains("explain:ask:3.4")
			.allSatisfy(data -> assertThat(data).startsWith("explain:ask:"));
		var prompt = replyTo(telegram.users().presses(chair, pick, "explain:ask:3.4"));
		assertThat(prompt.text()).startsWith("Bạn muốn người tham mưu giải trình điều gì về mục <b>3.4</b>");
		var sent = replyTo(telegram.users().presses(chair, prompt, "explain:send:3.4"));
		assertThat(sent.text()).startsWith("✅ Đã gửi yêu cầu giải trình mục <b>3.4</b> ").contains("Văn Phòng Sơn");
	}

	/** Telegram lets a bot write only to someone who has written to it. */
	private void opensTheChat(ChatUser user) {
		replyTo(user, "/viec");
	}

	private ChatUser leader(String name) {
		var user = someone(name, "vi");
		register(user, "Chủ tịch UBND xã", Role.LEADER);
		return user;
	}

	private static List<List<String>> rows(org.apache.poi.ss.usermodel.Sheet sheet) {
		var format = new DataFormatter();
		var rows = new ArrayList<List<String>>();
		for (Row row : sheet) {
			var cells = new ArrayList<String>();
			row.forEach(cell -> cells.add(format.formatCellValue(cell)));
			rows.add(cells);
		}
		return rows;
	}
}
