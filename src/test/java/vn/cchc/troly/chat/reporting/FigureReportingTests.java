package vn.cchc.troly.chat.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import vn.cchc.troly.people.Role;

/** Figures by command, by buttons and as plain text, confirmed with the item's new status and an undo button. */
class FigureReportingTests extends ReportingTest {

	@Test
	void aFigureByCommandIsConfirmedWithTargetStatusGapChangeProgressAndUndo() {
		var an = someone("An", "vi");
		var official = officeOfficial(an);
		replyTo(an, "/so 2.2 96");

		var reply = replyTo(an, "/so 2.2 97,5");

		assertThat(reply.text()).isEqualTo("""
				✅ Đã ghi số liệu <b>97,5%</b> cho mục <b>2.2</b> Tỷ lệ hồ sơ thủ tục hành chính do UBND xã tiếp nhận \
				trong năm được…
				Chỉ tiêu: &gt; 98%
				Trạng thái: 🟡 Gần đạt — còn thiếu 0,5 điểm phần trăm
				So với lần trước (96%): +1,5 điểm phần trăm
				Tiến độ: đạt 83% quãng đường từ kết quả năm trước đến chỉ tiêu
				Gửi nhầm? Bấm ↩️ Hoàn tác trong vòng 15 phút.""");
		var reports = reportsBy(official);
		assertThat(reports).hasSize(2);
		var stored = reports.get(1);
		assertThat(stored.get("code")).isEqualTo("2.2");
		assertThat((BigDecimal) stored.get("figure_value")).isEqualByComparingTo("97.5");
		assertThat(reply.buttonData()).containsExactly("undo:" + stored.get("id"));
		assertThat(reply.buttonLabels()).containsExactly("↩️ Hoàn tác");
	}

	@Test
	void aFractionIsStoredAsBothCountsAndShownWithItsShare() {
		var binh = someone("Bình", "vi");
		var official = officeOfficial(binh);

		var reply = replyTo(binh, "/so 3.4 49/50");

		assertThat(reply.text()).startsWith("✅ Đã ghi số liệu <b>49/50 (98%)</b> cho mục <b>3.4</b>")
			.contains("Chỉ tiêu: &gt; 75%\nTrạng thái: 🟢 Đạt\n");
		var stored = reportsBy(official).get(0);
		assertThat(stored.get("figure_numerator")).isEqualTo(49L);
		assertThat(stored.get("figure_denominator")).isEqualTo(50L);
		assertThat((BigDecimal) stored.get("figure_value")).isEqualByComparingTo("98");
	}

	@Test
	void withoutArgumentsTheOfficialPicksOneOfTheirMeasuredItemsAndTypesTheFigure() {
		var chi = someone("Chi", "vi");
		var official = officeOfficial(chi);

		var picker = replyTo(chi, "/so");
		assertThat(picker.text()).isEqualTo("Chọn mục để gửi số liệu:");
		// 1.2 is theirs too, but qualitative: it takes notes (/capnhat), not figures.
		assertThat(picker.buttonData()).containsExactly("rep:2.2", "rep:3.1", "rep:3.2", "rep:3.3", "rep:3.4", "rep:3.5");
		assertThat(picker.buttonLabels()).first().isEqualTo("2.2 · Tỷ lệ hồ sơ thủ tục hành chính do UBND…");

		var question = replyTo(telegram.users().presses(chi, picker, "rep:3.2"));
		assertThat(question.text()).isEqualTo("""
				Gõ số liệu cho mục <b>3.2</b> Tỷ lệ dịch vụ công trực tuyến toàn trình có phát sinh hồ sơ trực tuyến \
				(chỉ tiêu ≥ 100%).
				Ví dụ: <code>97,5</code> hoặc <code>97,5%</code> hoặc <code>49/50</code> (49 trên 50 hồ sơ).
				Gõ /huy để bỏ.""");
		assertThat(reportsBy(official)).isEmpty();

		var confirmation = replyTo(chi, "100");
		assertThat(confirmation.text()).startsWith("✅ Đã ghi số liệu <b>100%</b> cho mục <b>3.2</b>")
			.contains("Trạng thái: 🟢 Đạt");
		assertThat(reportsBy(official)).singleElement().satisfies(r -> assertThat(r.get("code")).isEqualTo("3.2"));
		assertThat(replyTo(chi, "100").text()).as("the step ended: a number alone asks which item")
			.startsWith("Số liệu <b>100</b> này cho mục nào?");
		assertThat(reportsBy(official)).hasSize(1);
	}

	@Test
	void aReportButtonOnAnotherScreenAsksForTheFigure() {
		var dung = someone("Dũng", "vi");
		var official = officeOfficial(dung);
		var otherScreen = replyTo(dung, "/trogiup");

		var question = replyTo(telegram.users().presses(dung, otherScreen, "rep:3.3"));

		assertThat(question.text()).startsWith("Gõ số liệu cho mục <b>3.3</b> Tỷ lệ hồ sơ trực tuyến toàn trình");
		assertThat(replyTo(dung, "99,5").text()).startsWith("✅ Đã ghi số liệu <b>99,5%</b> cho mục <b>3.3</b>");
		assertThat(reportsBy(official)).singleElement().satisfies(r -> assertThat(r.get("code")).isEqualTo("3.3"));
	}

	@Test
	void aPlainMessageWithAnItemCodeAndANumberIsAFigure() {
		var giang = someone("Giang", "vi");
		var official = officeOfficial(giang);

		assertThat(replyTo(giang, "2.2 97,5%").text())
			.startsWith("✅ Đã ghi số liệu <b>97,5%</b> cho mục <b>2.2</b>")
			.contains("Trạng thái: 🟡 Gần đạt — còn thiếu 0,5 điểm phần trăm");
		assertThat(replyTo(giang, "2.2: 99").text()).startsWith("✅ Đã ghi số liệu <b>99%</b> cho mục <b>2.2</b>")
			.contains("Trạng thái: 🟢 Đạt\nSo với lần trước (97,5%): +1,5 điểm phần trăm");
		assertThat(replyTo(giang, "2.2 đã gửi báo cáo").text()).as("offered as a note, not lost")
			.startsWith("Ghi tin nhắn này thành ghi chú tiến độ cho mục <b>2.2</b>");
		assertThat(replyTo(giang, "9.9 5").text()).startsWith("Tôi chưa hiểu tin nhắn này.");
		assertThat(reportsBy(official)).extracting(r -> r.get("code")).containsExactly("2.2", "2.2");
	}

	@Test
	void lastYearsFigureIsMarkedWithATag() {
		var ha = someone("Hà", "vi");
		var official = register(ha, "Tài chính - Kế toán", vn.cchc.troly.people.Role.OFFICIAL);

		var reply = replyTo(ha, "/so 4 12 #namtruoc");

		assertThat(reply.text()).startsWith("✅ Đã ghi số liệu <b>năm trước</b> <b>12</b> cho mục <b>4</b>");
		assertThat(reportsBy(official)).singleElement().satisfies(r -> {
			assertThat(r.get("last_year")).isEqualTo(true);
			assertThat((BigDecimal) r.get("figure_value")).isEqualByComparingTo("12");
		});
	}

	@Test
	void anEnglishOfficialReadsTheConfirmationInEnglish() {
		var bob = someone("Bob", "en");
		officeOfficial(bob);

		var reply = replyTo(bob, "/figure 2.2 97.5");

		assertThat(reply.text()).startsWith("✅ Recorded <b>97.5%</b> for item <b>2.2</b>")
			.contains("Target: &gt; 98%\nStatus: 🟡 Nearly met — 0.5 percentage points short")
			.endsWith("Sent by mistake? Press ↩️ Undo within 15 minutes.");
		assertThat(reply.buttonLabels()).containsExactly("↩️ Undo");
	}

	@Test
	void aRedeliveredFigureIsRecordedOnce() throws Exception {
		var khoa = someone("Khoa", "vi");
		var official = officeOfficial(khoa);
		var first = telegram.users().sends(khoa, "/so 3.5 99");
		replyTo(first);
		probe.awaitConfirmed(first, WAIT);

		restartPolling();
		probe.awaitConfirmed(telegram.redeliver(first), WAIT);

		assertThat(reportsBy(official)).singleElement()
			.satisfies(r -> assertThat(r.get("source")).isEqualTo(String.valueOf(first.updateId())));
		assertThat(telegram.messagesIn(khoa.id())).hasSize(1);
	}
}
