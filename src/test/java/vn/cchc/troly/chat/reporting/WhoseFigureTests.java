package vn.cchc.troly.chat.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import vn.cchc.troly.people.Role;
import vn.cchc.troly.sandbox.BotMessage;
import vn.cchc.troly.sandbox.ChatUser;

/**
 * Whose figure counts, as the people of the sandbox live it. Trần Thị Mai leads 2.2 (Văn phòng -
 * Thống kê) and coordinates the plan; Lê Văn Nam (Văn hóa - xã hội) supports 2.2 only through "Cán
 * bộ, công chức xã", so his figure is a proposal Mai confirms or declines; the chairman oversees. The
 * tests that look at 2.2's status run in a year of their own (the chat tests share one database).
 */
class WhoseFigureTests extends ReportingTest {

	@Test
	void aCoordinatingOfficialsFigureIsAProposalThatCountsOnlyOnceTheLeadConfirmsIt() {
		clock.setLocal("2027-03-10T09:00");
		var mai = someone("Trần Thị Mai", "vi");
		var maiOfficial = register(mai, OFFICE, Role.COORDINATOR);
		var nam = someone("Lê Văn Nam", "vi");
		var namOfficial = register(nam, "Văn hóa - xã hội", Role.OFFICIAL);

		assertThat(replyTo(mai, "2.2 97,5").text()).startsWith("✅ Đã ghi số liệu <b>97,5%</b> cho mục <b>2.2</b>");
		clock.advance(Duration.ofMinutes(30));

		// Nam sends 90 over Mai's 97,5: it does not replace it.
		var proposed = replyTo(nam, "2.2 90");
		assertThat(proposed.text()).startsWith("📨 Đã gửi đề xuất số liệu <b>90%</b> cho mục <b>2.2</b>")
			.contains("Người tham mưu (")
			.contains("Số liệu đang tính: 97,5% (Trần Thị Mai)")
			.contains("Trạng thái: 🟡 Gần đạt — còn thiếu 0,5 điểm phần trăm");
		var proposal = reportsBy(namOfficial).get(0);
		assertThat(proposal.get("kind")).isEqualTo("PROPOSAL");
		assertThat(proposed.buttonData()).as("Nam may take it back").containsExactly("undo:" + proposal.get("id"));

		// Mai is asked, with buttons.
		var ask = probe.awaitMessageTo(mai.id(), m -> m.text().contains("<b>Lê Văn Nam</b> đề xuất số liệu <b>90%</b>"),
				WAIT);
		assertThat(ask.text()).contains("cho mục <b>2.2</b>").contains("Số liệu đang tính: 97,5% (Trần Thị Mai)");
		assertThat(ask.buttonLabels()).containsExactly("✅ Xác nhận 90%", "✖️ Không nhận");
		assertThat(ask.buttonData()).containsExactly("prop:ok:" + proposal.get("id"), "prop:no:" + proposal.get("id"));

		// Meanwhile Mai's 97,5 is what the leaders see.
		assertThat(line(replyTo(mai, "/tinhhinh").text(), "2.2")).contains(": 97,5% / &gt;98% · Trần Thị Mai · ");
		assertThat(summary(mai).text()).contains(": 97,5% / &gt;98% · Trần Thị Mai");
		assertThat(replyTo(mai, "/lichsu 2.2").text())
			.contains("Lê Văn Nam · đề xuất 90% — chờ người tham mưu xác nhận");

		// Mai confirms: 90 counts, as Nam's proposal she confirmed; Nam is told.
		clock.advance(Duration.ofMinutes(30));
		telegram.users().presses(mai, ask, "prop:ok:" + proposal.get("id"));
		var confirmed = probe.awaitMessageTo(mai.id(), m -> m.messageId() == ask.messageId() && m.edits() == 1, WAIT);
		assertThat(confirmed.text()).startsWith("✅ Đã xác nhận số liệu <b>90%</b> cho mục <b>2.2</b>")
			.contains("(đề xuất của Lê Văn Nam)").contains("Trạng thái: 🔴 Chưa đạt — còn thiếu 8 điểm phần trăm\nĐã báo Lê Văn Nam.");
		assertThat(confirmed.buttonData()).isEmpty();
		assertThat(probe.awaitMessageTo(nam.id(),
				m -> m.text().startsWith("✅ Trần Thị Mai đã xác nhận đề xuất số liệu <b>90%</b> của bạn"), WAIT).text())
			.contains("số liệu đã được tính");
		assertThat(reportsBy(maiOfficial)).extracting(r -> r.get("kind")).containsExactly("FIGURE", "FIGURE");
		assertThat((BigDecimal) reportsBy(maiOfficial).get(1).get("figure_value")).isEqualByComparingTo("90");
		assertThat(line(replyTo(mai, "/tinhhinh").text(), "2.2"))
			.contains(": 90% / &gt;98% · đề xuất của Lê Văn Nam, Trần Thị Mai xác nhận · ");
		assertThat(replyTo(mai, "/tinhhinh 2.2").text())
			.contains("\nSố liệu mới nhất: <b>90%</b> (10/03/2027, đề xuất của Lê Văn Nam, Trần Thị Mai xác nhận)\n");
		assertThat(summary(mai).text())
			.contains(": 90% / &gt;98% · đề xuất của Lê Văn Nam, Trần Thị Mai xác nhận");

		// Another proposal, declined: kept in the history as declined, the status unchanged.
		clock.advance(Duration.ofMinutes(30));
		replyTo(nam, "/so 2.2 99");
		var second = probe.awaitMessageTo(mai.id(), m -> m.text().contains("đề xuất số liệu <b>99%</b>"), WAIT);
		telegram.users().presses(mai, second, second.buttonData().get(1));
		var declined = probe.awaitMessageTo(mai.id(), m -> m.messageId() == second.messageId() && m.edits() == 1, WAIT);
		assertThat(declined.text()).startsWith("✖️ Đã không nhận đề xuất <b>99%</b> của Lê Văn Nam cho mục <b>2.2</b>")
			.contains("Số liệu đang tính: 90% (đề xuất của Lê Văn Nam, Trần Thị Mai xác nhận)");
		assertThat(probe.awaitMessageTo(nam.id(),
				m -> m.text().startsWith("ℹ️ Trần Thị Mai không nhận đề xuất số liệu <b>99%</b> của bạn"), WAIT).text())
			.contains("Đề xuất vẫn được lưu trong lịch sử");
		assertThat(replyTo(nam, "/lichsu 2.2").text())
			.contains("Lê Văn Nam · đề xuất 99% — Trần Thị Mai không nhận")
			.contains("Trần Thị Mai · 90% (xác nhận đề xuất của Lê Văn Nam)")
			.contains("Lê Văn Nam · đề xuất 90% — Trần Thị Mai đã xác nhận")
			.contains("Trần Thị Mai · 97,5%");
		assertThat(summary(mai).text()).as("unchanged")
			.contains("🔴 <b>2.2</b>").contains(": 90% / &gt;98% · đề xuất của Lê Văn Nam, Trần Thị Mai xác nhận");

		// An answered proposal is answered once.
		var again = telegram.users().presses(mai, ask, "prop:no:" + proposal.get("id"));
		assertThat(probe.callbackAnswer(again, WAIT)).hasValueSatisfying(
				answer -> assertThat(answer.param("text")).startsWith("Đề xuất này đã được xác nhận hoặc từ chối rồi."));
		assertThat(reportsBy(namOfficial)).extracting(r -> r.get("kind")).containsExactly("PROPOSAL", "PROPOSAL");
	}

	@Test
	void theChairmanOverseesAndIsToldSoWhateverWayHeReports() {
		var hung = someone("Hùng", "vi");
		var chairman = register(hung, "Chủ tịch UBND xã", Role.LEADER);
		var oversees = """
				⚠️ Lãnh đạo theo dõi mục 2.2, không cập nhật số liệu hay tiến độ: người tham mưu và công chức điều phối \
				cập nhật. Xem tình hình: /tinhhinh 2.2
				Chưa lưu gì.""";

		assertThat(replyTo(hung, "2.2 97,5").text()).isEqualTo(oversees);
		assertThat(replyTo(hung, "/so 2.2 97,5").text()).isEqualTo(oversees);
		assertThat(replyTo(hung, "/capnhat 2.2 Đã chỉ đạo rà soát").text()).isEqualTo(oversees);
		assertThat(replyTo(hung, "2.2 đạt 97,5% rồi").text()).isEqualTo(oversees);
		assertThat(replyTo(telegram.users().sendsPhoto(hung, "2.2 biên bản")).text()).isEqualTo(oversees);
		assertThat(reportsBy(chairman)).isEmpty();
		assertThat(evidenceBy(chairman)).isEmpty();
	}

	@Test
	void theLeadIsToldWhenTheCoordinatorRecordsAFigureOnTheirItem() {
		var tam = someone("Phạm Thị Hoa", "vi");
		register(tam, "Tài chính - Kế toán", Role.OFFICIAL);
		telegram.users().opensChat(tam);
		var coordinator = someone("Điều phối Thu", "vi");
		register(coordinator, OFFICE, Role.COORDINATOR);

		var reply = replyTo(coordinator, "/so 4 15");

		assertThat(reply.text()).startsWith("✅ Đã ghi số liệu <b>15</b> cho mục <b>4</b>")
			.contains("Đã báo người tham mưu: ").contains("Phạm Thị Hoa");
		var notice = probe.awaitMessageTo(tam.id(), m -> m.text().contains("số liệu <b>15</b> cho mục <b>4</b>"), WAIT);
		assertThat(notice.text()).startsWith("ℹ️ Điều phối Thu đã ghi số liệu <b>15</b> cho mục <b>4</b>")
			.contains("mục bạn tham mưu").contains("/lichsu 4");
		// The lead's own figure is no news to them.
		replyTo(tam, "/so 4 16");
		var after = telegram.users().sends(tam, "/trogiup");
		replyTo(after);
		assertThat(telegram.messagesIn(tam.id())).filteredOn(m -> m.text().startsWith("ℹ️")).hasSize(1);
	}

	/** The coordinator's /tonghop: the summary with its post button, then its chart; the summary's text. */
	private BotMessage summary(ChatUser coordinator) {
		return probe.awaitReplies(telegram.users().sends(coordinator, "/tonghop"), 2, WAIT).get(0);
	}

	/** The line of the item in a list such as /tinhhinh. */
	private static String line(String text, String code) {
		return text.lines().filter(l -> l.contains(" " + code + " ") || l.contains(">" + code + "<")).findFirst()
			.orElseThrow(() -> new AssertionError("no line for " + code + " in:\n" + text));
	}
}
