package vn.cchc.troly.chat.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Progress notes, a qualitative item marked done, and cancelling a pending step. */
class NoteReportingTests extends ReportingTest {

	@Test
	void aNoteByCommandIsConfirmedWithTheItemsStatus() {
		var lan = someone("Lan", "vi");
		var official = officeOfficial(lan);

		var reply = replyTo(lan, "/capnhat 3.1 Đã rà soát 5 thủ tục <mới>");

		assertThat(reply.text()).startsWith("""
				✅ Đã ghi tiến độ cho mục <b>3.1</b> Tỷ lệ hồ sơ có phát sinh dịch vụ công trực tuyến một phần:
				<i>Đã rà soát 5 thủ tục &lt;mới&gt;</i>
				Trạng thái: """).endsWith("Gửi nhầm? Bấm ↩️ Hoàn tác trong vòng 15 phút.");
		var stored = reportsBy(official);
		assertThat(stored).singleElement().satisfies(r -> {
			assertThat(r.get("kind")).isEqualTo("NOTE");
			assertThat(r.get("note")).isEqualTo("Đã rà soát 5 thủ tục <mới>");
			assertThat(r.get("done")).isEqualTo(false);
		});
		assertThat(reply.buttonData()).containsExactly("undo:" + stored.get(0).get("id"));
	}

	@Test
	void aQualitativeItemIsMarkedDoneByATagAtTheEndOfTheNote() {
		var minh = someone("Minh", "vi");
		var official = officeOfficial(minh);

		var reply = replyTo(minh, "/capnhat 1.2 Đã hoàn thành đủ nhiệm vụ quý II #xong");

		assertThat(reply.text()).isEqualTo("""
				✅ Đã ghi mục <b>1.2</b> Thực hiện các nhiệm vụ cấp trên giao là <b>đã hoàn thành</b>:
				<i>Đã hoàn thành đủ nhiệm vụ quý II</i>
				Trạng thái: 🟢 Đạt
				Gửi nhầm? Bấm ↩️ Hoàn tác trong vòng 15 phút.""");
		assertThat(reportsBy(official)).singleElement().satisfies(r -> {
			assertThat(r.get("note")).isEqualTo("Đã hoàn thành đủ nhiệm vụ quý II");
			assertThat(r.get("done")).isEqualTo(true);
		});
	}

	@Test
	void afterANoteOnAQualitativeItemPickedByButtonTheBotAsksWhetherTheWorkIsDone() {
		var nam = someone("Nam", "vi");
		var official = officeOfficial(nam);
		var otherScreen = replyTo(nam, "/trogiup");

		var question = replyTo(telegram.users().presses(nam, otherScreen, "rep:2.1"));
		assertThat(question.text()).startsWith("Gõ ghi chú tiến độ cho mục <b>2.1</b> Các ý kiến, kiến nghị")
			.contains("Sau đó tôi sẽ hỏi việc đã hoàn thành chưa (hoặc thêm <code>#xong</code> ở cuối nếu đã xong).");

		var done = replyTo(nam, "Đã rà soát 12 thủ tục, chưa có kiến nghị");
		assertThat(done.text()).endsWith("<i>Đã rà soát 12 thủ tục, chưa có kiến nghị</i>\nViệc này đã hoàn thành chưa?");
		assertThat(done.buttonData()).containsExactly("done:1", "done:0");
		assertThat(done.buttonLabels()).containsExactly("✅ Đã hoàn thành", "⏳ Đang thực hiện");
		assertThat(reportsBy(official)).as("nothing stored before the answer").isEmpty();
		assertThat(replyTo(nam, "sao chưa lưu?").text()).startsWith("Ghi chú cho mục 2.1 đang chờ: bấm");

		telegram.users().presses(nam, done, "done:0");

		var confirmed = probe.awaitMessageTo(nam.id(), m -> m.messageId() == done.messageId() && m.edits() == 1, WAIT);
		var stored = reportsBy(official);
		assertThat(stored).singleElement().satisfies(r -> {
			assertThat(r.get("code")).isEqualTo("2.1");
			assertThat(r.get("done")).isEqualTo(false);
		});
		assertThat(confirmed.text()).startsWith("✅ Đã ghi tiến độ cho mục <b>2.1</b>")
			.contains("Trạng thái: 🟡 Gần đạt\nKhi việc hoàn thành, gửi <code>/capnhat 2.1 … #xong</code>.");
		assertThat(confirmed.buttonData()).containsExactly("undo:" + stored.get(0).get("id"));
	}

	@Test
	void withoutArgumentsTheOfficialPicksAnyOfTheirItemsForANote() {
		var oanh = someone("Oanh", "vi");
		var official = officeOfficial(oanh);

		var picker = replyTo(oanh, "/capnhat");
		assertThat(picker.text()).isEqualTo("Chọn mục để cập nhật tiến độ:");
		assertThat(picker.buttonData()).containsExactly("note:1.2", "note:2.2", "note:3.1", "note:3.2", "note:3.3",
				"note:3.4", "note:3.5");

		var question = replyTo(telegram.users().presses(oanh, picker, "note:2.2"));
		assertThat(question.text()).startsWith("Gõ ghi chú tiến độ cho mục <b>2.2</b>");
		assertThat(replyTo(oanh, "Đang đôn đốc bộ phận Một cửa").text())
			.startsWith("✅ Đã ghi tiến độ cho mục <b>2.2</b>");
		assertThat(reportsBy(official)).singleElement().satisfies(r -> assertThat(r.get("kind")).isEqualTo("NOTE"));
	}

	@Test
	void cancelDropsThePendingStepAndSaysWhenThereIsNone() {
		var phuong = someone("Phương", "vi");
		var official = officeOfficial(phuong);
		var otherScreen = replyTo(phuong, "/trogiup");
		replyTo(telegram.users().presses(phuong, otherScreen, "rep:2.2"));

		assertThat(replyTo(phuong, "/huy").text()).isEqualTo("Đã huỷ. Không có gì được lưu.");
		assertThat(replyTo(phuong, "97").text()).as("no step: a number alone asks which item")
			.startsWith("Số liệu <b>97</b> này cho mục nào?");
		assertThat(replyTo(phuong, "/cancel").text()).as("the question is dropped too").isEqualTo("Đã huỷ. Không có gì được lưu.");
		assertThat(replyTo(phuong, "/cancel").text()).isEqualTo("Không có việc gì đang chờ để huỷ.");
		assertThat(reportsBy(official)).isEmpty();
	}
}
