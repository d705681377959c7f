package vn.cchc.troly.chat.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.cchc.troly.chat.ChatTest;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.report.ReportQueries;
import vn.cchc.troly.sandbox.BotMessage;
import vn.cchc.troly.sandbox.ChatUser;

/** /han (/deadline): the coordinator sets an item's deadline; a bad date or item stores nothing, a past day asks first. */
class DeadlineCommandTests extends ChatTest {

	@Autowired
	PlanItems planItems;
	@Autowired
	ReportQueries queries;

	/** Other tests share the plan: 2.2 goes back to the implied deadline. */
	@AfterEach
	void implyTheDeadlineAgain() {
		queries.setDeadline("2.2", null);
	}

	@Test
	void theCoordinatorSetsADeadlineAndTheItemShowsIt() {
		var coordinator = someone("Bích", "vi");
		register(coordinator, "Văn phòng - Thống kê", Role.COORDINATOR);

		var set = replyTo(coordinator, "/han 2.2 30/09/2024");

		assertThat(set.text()).isEqualTo("📅 Đã đặt hạn mục <b>2.2</b> Tỷ lệ hồ sơ thủ tục hành chính do UBND xã tiếp nhận "
				+ "trong năm được…: <b>30/09/2024</b> (trước đây: 31/12/2024).");
		assertThat(planItems.byCode("2.2").orElseThrow().deadline()).hasToString("2024-09-30");
		assertThat(replyTo(coordinator, "/tinhhinh 2.2").text())
			.contains("\nHạn: 30/09/2024 (còn 108 ngày) · do điều phối đặt\n");
	}

	@Test
	void aDateThatIsNotRealAnUnknownItemOrNoDateStoreNothing() {
		var coordinator = someone("Cường", "vi");
		register(coordinator, "Văn phòng - Thống kê", Role.COORDINATOR);

		assertThat(replyTo(coordinator, "/han 2.2 31/02/2024").text())
			.isEqualTo("<code>31/02/2024</code> không phải một ngày có thật. Chưa lưu gì. Gõ ngày theo dạng ngày/tháng/năm, "
					+ "ví dụ: <code>/han 2.2 30/09/2024</code>");
		assertThat(replyTo(coordinator, "/han 2.2 abc").text()).startsWith("<code>abc</code> không phải một ngày có thật.");
		assertThat(replyTo(coordinator, "/han 2.2 2024-09-30").text()).startsWith("<code>2024-09-30</code> không phải");
		assertThat(replyTo(coordinator, "/han 9.9 01/01/2025").text())
			.isEqualTo("Kế hoạch không có mục <code>9.9</code>. Chưa lưu gì. Ví dụ: <code>/han 2.2 30/09/2024</code>");
		assertThat(replyTo(coordinator, "/han 2.2").text())
			.isEqualTo("Gõ mã mục và ngày hạn (ngày/tháng/năm), ví dụ: <code>/han 2.2 30/09/2024</code>");
		assertThat(planItems.byCode("2.2").orElseThrow().deadline()).isNull();
	}

	@Test
	void aDayAlreadyPastIsSetOnlyWhenTheCoordinatorConfirmsIt() {
		var coordinator = someone("Diệp", "vi");
		register(coordinator, "Văn phòng - Thống kê", Role.COORDINATOR);

		var question = replyTo(coordinator, "/han 2.2 01/01/2023");

		assertThat(question.text()).isEqualTo("⚠️ Ngày <b>01/01/2023</b> đã qua (hôm nay là 14/06/2024). Đặt làm hạn của mục "
				+ "<b>2.2</b> Tỷ lệ hồ sơ thủ tục hành chính do UBND xã tiếp nhận trong năm được… thì mục sẽ bị tính là quá hạn "
				+ "ngay nếu chưa đạt chỉ tiêu. Hạn hiện tại: 31/12/2024.\nVẫn đặt hạn 01/01/2023?");
		assertThat(question.buttonLabels()).containsExactly("✅ Vẫn đặt 01/01/2023", "✖️ Thôi, giữ hạn cũ");
		assertThat(planItems.byCode("2.2").orElseThrow().deadline()).as("nothing stored before the answer").isNull();

		telegram.users().presses(coordinator, question, question.buttonData().get(0));

		assertThat(edited(coordinator, question).text()).isEqualTo("📅 Đã đặt hạn mục <b>2.2</b> Tỷ lệ hồ sơ thủ tục hành "
				+ "chính do UBND xã tiếp nhận trong năm được…: <b>01/01/2023</b> (trước đây: 31/12/2024).");
		assertThat(planItems.byCode("2.2").orElseThrow().deadline()).hasToString("2023-01-01");
		assertThat(replyTo(coordinator, "/tinhhinh 2.2").text()).contains("\nHạn: 01/01/2023 (quá hạn 530 ngày) · do điều phối đặt\n");
	}

	@Test
	void aDayAlreadyPastCanBeLeftUnset() {
		var coordinator = someone("Đào", "vi");
		register(coordinator, "Văn phòng - Thống kê", Role.COORDINATOR);

		var question = replyTo(coordinator, "/han 2.2 13/6/2024");
		telegram.users().presses(coordinator, question, question.buttonData().get(1));

		assertThat(edited(coordinator, question).text()).isEqualTo("Đã bỏ. Hạn mục <b>2.2</b> giữ nguyên: 31/12/2024.");
		assertThat(edited(coordinator, question).buttonData()).isEmpty();
		assertThat(planItems.byCode("2.2").orElseThrow().deadline()).isNull();
		assertThat(replyTo(coordinator, "/han 2.2 14/06/2024").text()).as("today is no past day")
			.startsWith("📅 Đã đặt hạn mục <b>2.2</b>");
	}

	@Test
	void theExamplesAreDaysOfTheRunningYear() {
		clock.setLocal("2025-11-03T09:00");
		var coordinator = someone("Điệp", "vi");
		register(coordinator, "Văn phòng - Thống kê", Role.COORDINATOR);

		assertThat(replyTo(coordinator, "/han 2.2").text())
			.isEqualTo("Gõ mã mục và ngày hạn (ngày/tháng/năm), ví dụ: <code>/han 2.2 31/12/2025</code>");
		assertThat(replyTo(coordinator, "/trogiup").text())
			.contains("\n/han (/deadline): Đặt hạn cho một mục (điều phối): /han 2.2 31/12/2025\n");
	}

	@Test
	void onlyTheCoordinatorSetsDeadlines() {
		var leader = someone("Dũng", "en");
		register(leader, "Chủ tịch UBND xã", Role.LEADER);

		assertThat(replyTo(leader, "/deadline 2.2 30/09/2024").text())
			.isEqualTo("Only the plan coordinator (Office-Statistics officer) can use this.");
		assertThat(planItems.byCode("2.2").orElseThrow().deadline()).isNull();
	}

	private BotMessage edited(ChatUser user, BotMessage message) {
		return probe.awaitMessageTo(user.id(), m -> m.messageId() == message.messageId() && m.edits() > 0, WAIT);
	}
}
