package vn.cchc.troly.chat.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.cchc.troly.people.Role;
import vn.cchc.troly.plan.PlanManagement;

/** Whatever is typed wrong gets a clear answer with the right form, and nothing is stored. */
class ReportingRefusalTests extends ReportingTest {

	@Autowired
	PlanManagement plans;

	@Test
	void anUnknownItemIsNamed() {
		var an = someone("An", "vi");
		var official = officeOfficial(an);

		assertThat(replyTo(an, "/so 9.9 5").text()).isEqualTo("""
				⚠️ Kế hoạch không có mục 9.9.
				Gõ /so hoặc /capnhat (không kèm mã) để chọn trong các mục của bạn.
				Chưa lưu gì.""");
		assertThat(reportsBy(official)).isEmpty();
	}

	@Test
	void aFigureThatIsNotOneIsExplainedWithAnExample() {
		var binh = someone("Bình", "vi");
		var official = officeOfficial(binh);

		assertThat(replyTo(binh, "/so 2.2 abc").text()).isEqualTo("""
				⚠️ Số liệu cho mục 2.2 chưa hợp lệ.
				Không đọc được số liệu.
				Ví dụ: <code>/so 2.2 97,5</code> hoặc <code>/so 2.2 49/50</code> (49 trên 50 hồ sơ).
				Chưa lưu gì.""");
		assertThat(replyTo(binh, "/so 2.2 150%").text()).isEqualTo("""
				⚠️ Số liệu cho mục 2.2 chưa hợp lệ.
				Tỷ lệ không thể vượt quá 100%.
				Ví dụ: <code>/so 2.2 97,5</code> hoặc <code>/so 2.2 49/50</code> (49 trên 50 hồ sơ).
				Chưa lưu gì.""");
		assertThat(replyTo(binh, "/so 2.2 -3").text()).startsWith("⚠️ Số liệu cho mục 2.2 chưa hợp lệ.\n"
				+ "Số liệu không thể là số âm.\nVí dụ: <code>/so 2.2 97,5</code>");
		// A qualitative item takes notes: the figure is offered as one, with one button.
		var asNote = replyTo(binh, "/so 1.2 5");
		assertThat(asNote.text()).isEqualTo("""
				Ghi tin nhắn này thành ghi chú tiến độ cho mục <b>1.2</b> Thực hiện các nhiệm vụ cấp trên giao?
				<i>5</i>
				Mục 1.2 ghi bằng ghi chú tiến độ, không cần số liệu.""");
		assertThat(asNote.buttonLabels()).containsExactly("📝 Ghi thành ghi chú");
		assertThat(reportsBy(official)).isEmpty();
	}

	@Test
	void aWrongFigureTypedWhenAskedCanBeTypedAgain() {
		var chi = someone("Chi", "vi");
		var official = officeOfficial(chi);

		assertThat(replyTo(chi, "/so 3.3").text()).startsWith("Gõ số liệu cho mục <b>3.3</b>");
		assertThat(replyTo(chi, "100,5").text()).endsWith("Chưa lưu gì. Gõ lại, hoặc gõ /huy để bỏ.");
		assertThat(reportsBy(official)).isEmpty();
		assertThat(replyTo(chi, "100").text()).startsWith("✅ Đã ghi số liệu <b>100%</b> cho mục <b>3.3</b>");
		assertThat(reportsBy(official)).hasSize(1);
	}

	@Test
	void aMissingNoteIsAskedForAnEmptyOneRefusedAndAnOverlongOneOfferedInParts() {
		var dung = someone("Dũng", "vi");
		var official = officeOfficial(dung);

		assertThat(replyTo(dung, "/capnhat 1.2").text()).startsWith("Gõ ghi chú tiến độ cho mục <b>1.2</b>");
		assertThat(replyTo(dung, "#xong").text()).isEqualTo("""
				⚠️ Ghi chú trống.
				Ví dụ: <code>/capnhat 1.2 Đã nộp báo cáo quý II</code>; thêm <code>#xong</code> ở cuối khi việc đã hoàn thành.
				Chưa lưu gì. Gõ lại, hoặc gõ /huy để bỏ.""");
		replyTo(dung, "/huy");

		// Over the limit is not refused: it is offered as notes in parts or as evidence (NoteReportingTests).
		var tooLong = replyTo(dung, "/capnhat 2.2 " + "a".repeat(1001));
		assertThat(tooLong.text()).startsWith("Tin nhắn dài 1.001 ký tự, quá 1.000 ký tự của một ghi chú.");
		var farTooLong = replyTo(dung, "/capnhat 2.2 " + "Đã làm. ".repeat(500).strip());
		assertThat(farTooLong.text()).startsWith("Tin nhắn dài 3.999 ký tự, quá 1.000 ký tự của một ghi chú.");
		assertThat(farTooLong.buttonLabels()).containsExactly("📝 Ghi thành 4 ghi chú", "📎 Lưu thành minh chứng (.txt)",
				"✖️ Huỷ");
		assertThat(reportsBy(official)).isEmpty();
	}

	@Test
	void reportsAreRefusedInAGroup() {
		var em = someone("Em", "vi");
		var official = officeOfficial(em);
		var leaders = someGroup("Lãnh đạo UBND xã");

		telegram.users().sendsIn(leaders, em, "2.2 97,5");
		var reply = probe.awaitReply(telegram.users().sendsIn(leaders, em, "/so@" + BOT_USERNAME + " 2.2 97,5"), WAIT);

		assertThat(reply.text()).isEqualTo(
				"Lệnh này chỉ dùng trong tin nhắn riêng với tôi. Hãy nhắn riêng cho tôi để dùng.");
		assertThat(telegram.messagesIn(leaders.id())).as("plain text in the group gets no answer").hasSize(1);
		assertThat(reportsBy(official)).isEmpty();
	}

	@Test
	void someoneWhoNeitherLeadsNorSupportsAnItemMayNotReportOnIt() throws Exception {
		var giao = someone("Giao", "vi");
		var official = register(giao, "Văn hóa - xã hội", Role.OFFICIAL);
		// The seed plan lets every official report on every item ("Cán bộ, công chức xã" supports each):
		// for a while, the plan also has an item only Tư pháp - Hộ tịch and the one-stop desk answer for.
		var seed = Files.readString(Path.of("src/test/resources/plans/pho-chau-2024.txt"), StandardCharsets.UTF_8);
		var withItem = seed.replace("4. Tác động", """
				3.6. Tỷ lệ hồ sơ được số hóa kết quả giải quyết:

				- Kết quả thực hiện năm 2023: Đạt 50%.

				- Chỉ tiêu khắc phục: Trên 80% hồ sơ được số hóa.

				+ Tham mưu: Công chức Tư pháp - Hộ tịch.

				+ Phối hợp: Bộ phận Một cửa xã.

				+ Thời gian thực hiện: Trong năm 2024 và những năm tiếp theo.

				4. Tác động""");
		plans.importPlan("pho-chau-2024-them-3.6.txt", withItem.getBytes(StandardCharsets.UTF_8), null);
		try {
			assertThat(replyTo(giao, "/so 3.6 85").text()).isEqualTo("""
					⚠️ Chỉ người tham mưu, người phối hợp của mục 3.6 và công chức điều phối mới cập nhật được mục này.
					Chưa lưu gì.""");
			assertThat(replyTo(telegram.users().sendsPhoto(giao, "3.6 ảnh")).text())
				.startsWith("⚠️ Chỉ người tham mưu, người phối hợp của mục 3.6");
		}
		finally {
			seedPlan();
		}
		assertThat(reportsBy(official)).isEmpty();
		assertThat(evidenceBy(official)).isEmpty();
	}
}
