package vn.cchc.troly.chat.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Photos and files kept as evidence of an item, named in the caption or picked afterwards. */
class EvidenceReportingTests extends ReportingTest {

	@Test
	void aPhotoWhoseCaptionNamesAnItemIsStoredAsItsEvidence() {
		var quang = someone("Quang", "vi");
		var official = officeOfficial(quang);

		var reply = replyTo(telegram.users().sendsPhoto(quang, "2.2 biên bản tháng 11"));

		var id = jdbc.queryForObject("select max(id) from evidence where official_id = ?", Long.class, official.id());
		assertThat(reply.text()).isEqualTo("📎 Đã lưu minh chứng cho mục <b>2.2</b> Tỷ lệ hồ sơ thủ tục hành chính do "
				+ "UBND xã tiếp nhận trong năm được… (minh chứng #" + id + ").\n"
				+ "Muốn ghi số, ngày, cơ quan ban hành và trang chứng minh của tài liệu (không bắt buộc)? Bấm ✍️, hoặc gõ "
				+ "sau: <code>/suamc " + id + " số 123/QĐ-UBND ngày 12/3/2025 trang 2</code>");
		assertThat(reply.buttonData()).containsExactly("evd:" + id);
		assertThat(evidenceBy(official)).singleElement().satisfies(e -> {
			assertThat(e.get("code")).isEqualTo("2.2");
			assertThat((String) e.get("telegram_file_id")).startsWith("photo-").endsWith("-1280");
			assertThat((String) e.get("file_unique_id")).startsWith("uphoto-").endsWith("-1280");
			assertThat(e.get("kind")).isEqualTo("PHOTO");
			assertThat(e.get("mime_type")).isEqualTo("image/jpeg");
			assertThat(e.get("caption")).isEqualTo("2.2 biên bản tháng 11");
		});
		assertThat(reportsBy(official)).as("evidence is not a progress report").isEmpty();
	}

	@Test
	void aFileWithoutCaptionWaitsForTheOfficialToPickItsItem() {
		var son = someone("Sơn", "vi");
		var official = officeOfficial(son);

		var picker = replyTo(telegram.users().sendsDocument(son, "bien-ban.pdf", null));
		assertThat(picker.text()).startsWith("Tệp này là minh chứng cho mục nào?");
		assertThat(picker.buttonData()).containsExactly("ev:1.2", "ev:2.2", "ev:3.1", "ev:3.2", "ev:3.3", "ev:3.4",
				"ev:3.5");
		assertThat(evidenceBy(official)).isEmpty();

		telegram.users().presses(son, picker, "ev:3.4");

		var confirmed = probe.awaitMessageTo(son.id(), m -> m.messageId() == picker.messageId() && m.edits() == 1,
				WAIT);
		assertThat(confirmed.text()).startsWith("📎 Đã lưu minh chứng cho mục <b>3.4</b>");
		assertThat(confirmed.buttonData()).as("no item to pick any more, a step to describe it")
			.singleElement().asString().startsWith("evd:");
		assertThat(evidenceBy(official)).singleElement().satisfies(e -> {
			assertThat(e.get("code")).isEqualTo("3.4");
			assertThat(e.get("kind")).isEqualTo("DOCUMENT");
			assertThat(e.get("file_name")).isEqualTo("bien-ban.pdf");
			assertThat(e.get("mime_type")).isEqualTo("application/pdf");
			assertThat((String) e.get("telegram_file_id")).startsWith("document-");
			assertThat(e.get("caption")).isNull();
		});

		var again = telegram.users().presses(son, picker, "ev:3.1");
		probe.awaitRequest("answerCallbackQuery", r -> r.param("text") != null
				&& r.param("text").startsWith("Tệp này đã hết hạn chờ hoặc đã được lưu."), WAIT);
		probe.awaitConfirmed(again, WAIT);
		assertThat(evidenceBy(official)).as("stored once").hasSize(1);
	}

	@Test
	void theItemOfAWaitingFileCanBeTyped() {
		var tam = someone("Tâm", "vi");
		var official = officeOfficial(tam);
		replyTo(telegram.users().sendsPhoto(tam, "ảnh hội nghị"));

		assertThat(replyTo(tam, "không biết").text()).startsWith("Tệp của bạn đang chờ: bấm chọn một mục");
		assertThat(replyTo(tam, "3.1").text()).startsWith("📎 Đã lưu minh chứng cho mục <b>3.1</b>");
		assertThat(evidenceBy(official)).singleElement().satisfies(e -> {
			assertThat(e.get("code")).isEqualTo("3.1");
			assertThat(e.get("caption")).isEqualTo("ảnh hội nghị");
		});
	}

	@Test
	void aPhotoSentWhileAFigureIsAwaitedIsEvidenceOfThatItem() {
		var uyen = someone("Uyên", "vi");
		var official = officeOfficial(uyen);
		replyTo(telegram.users().presses(uyen, replyTo(uyen, "/trogiup"), "rep:3.5"));

		assertThat(replyTo(telegram.users().sendsPhoto(uyen, null)).text())
			.startsWith("📎 Đã lưu minh chứng cho mục <b>3.5</b>");
		assertThat(replyTo(uyen, "100").text()).startsWith("✅ Đã ghi số liệu <b>100%</b> cho mục <b>3.5</b>");
		assertThat(evidenceBy(official)).singleElement().satisfies(e -> assertThat(e.get("code")).isEqualTo("3.5"));
		assertThat(reportsBy(official)).singleElement().satisfies(r -> assertThat(r.get("code")).isEqualTo("3.5"));
	}

	@Test
	void aVoiceNoteOrAStickerIsAnsweredWithWhatTheBotCanReadAndStoresNothing() {
		var vy = someone("Vy", "vi");
		var official = officeOfficial(vy);

		var voice = replyTo(telegram.users().sendsOther(vy, "voice", "2.2 97,5"));
		var sticker = replyTo(telegram.users().sendsOther(vy, "sticker", null));

		assertThat(voice.text()).isEqualTo("Tôi chỉ đọc được chữ, ảnh và tệp; tin thoại, nhãn dán, vị trí hay danh bạ thì "
				+ "tôi chưa đọc được. Hãy gõ số liệu hoặc ghi chú, ví dụ <code>/so 2.2 97,5</code>, hoặc gõ /trogiup để "
				+ "xem các lệnh.");
		assertThat(sticker.text()).isEqualTo(voice.text());
		assertThat(evidenceBy(official)).isEmpty();
		assertThat(reportsBy(official)).isEmpty();
	}
}
