package vn.cchc.troly.chat.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.cchc.troly.chat.ChatTest;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.report.ReportQueries;

/** /han (/deadline): the coordinator sets an item's deadline; a bad date or item stores nothing. */
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
	void onlyTheCoordinatorSetsDeadlines() {
		var leader = someone("Dũng", "en");
		register(leader, "Chủ tịch UBND xã", Role.LEADER);

		assertThat(replyTo(leader, "/deadline 2.2 30/09/2024").text())
			.isEqualTo("Only the plan coordinator (Office-Statistics officer) can use this.");
		assertThat(planItems.byCode("2.2").orElseThrow().deadline()).isNull();
	}
}
