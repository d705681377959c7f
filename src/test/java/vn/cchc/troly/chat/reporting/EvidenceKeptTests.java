package vn.cchc.troly.chat.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.cchc.troly.people.Official;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.progress.EvidenceStore;
import vn.cchc.troly.sandbox.FaultInjector;
import vn.cchc.troly.sandbox.UploadedFile;

/**
 * Evidence kept by us: a photo or file sent for an item is downloaded at once into the evidence
 * folder under its SHA-256, described from its caption; the same file twice is kept once; a file
 * too large or of a type that cannot be evidence is refused with a clear answer; a download that
 * failed is tried again until it works. Descriptions are corrected by the sender or the coordinator,
 * never by another official, and every version is kept.
 */
class EvidenceKeptTests extends ReportingTest {

	@Autowired
	EvidenceStore store;

	@AfterEach
	void noMoreFaults() {
		telegram.injectFaults(FaultInjector.NONE);
	}

	@Test
	void aPhotoAndADocumentAreKeptOnDiskUnderTheirSha256AndDescribedFromTheirCaptions() throws Exception {
		var quang = someone("Quang", "vi");
		var official = officeOfficial(quang);
		var photo = bytes(200_000, 1);
		var pdf = bytes(1_500_000, 2);

		var photoReply = replyTo(telegram.users().sendsPhoto(quang, "2.2 QĐ 123/QĐ-UBND ngày 12/3/2025, trang 2",
				new UploadedFile("hoi-nghi.jpg", photo)));
		var pdfReply = replyTo(telegram.users().sendsDocument(quang, new UploadedFile("bao-cao-45.pdf", pdf),
				"3.1 Báo cáo số 45/BC-UBND ngày 12 tháng 3 năm 2025 của UBND xã Phổ Châu, phụ lục 1 tr. 2-3"));

		var rows = kept(official);
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).containsEntry("code", "2.2").containsEntry("sha256", sha256(photo))
			.containsEntry("size_bytes", (long) photo.length).containsEntry("document_number", "123/QĐ-UBND")
			.containsEntry("issuer", "UBND").containsEntry("page", "trang 2");
		assertThat(rows.get(0).get("document_date").toString()).isEqualTo("2025-03-12");
		assertThat(rows.get(1)).containsEntry("code", "3.1").containsEntry("sha256", sha256(pdf))
			.containsEntry("document_number", "45/BC-UBND").containsEntry("issuer", "UBND xã Phổ Châu")
			.containsEntry("page", "phụ lục 1, trang 2-3");
		assertThat(Files.readAllBytes(store.path(sha256(photo)))).isEqualTo(photo);
		assertThat(Files.readAllBytes(store.path(sha256(pdf)))).isEqualTo(pdf);

		assertThat(photoReply.text()).startsWith("📎 Đã lưu minh chứng cho mục <b>2.2</b>")
			.contains("📄 số 123/QĐ-UBND · ngày 12/03/2025 · UBND · trang 2");
		assertThat(photoReply.buttonData()).as("described already: no step offered").isEmpty();
		assertThat(pdfReply.text()).contains("📄 số 45/BC-UBND · ngày 12/03/2025 · UBND xã Phổ Châu · phụ lục 1, trang 2-3");
	}

	@Test
	void theSameFileSentTwiceForAnItemIsKeptOnce() throws Exception {
		var son = someone("Sơn", "vi");
		var official = officeOfficial(son);
		var pdf = bytes(300_000, 3);
		replyTo(telegram.users().sendsDocument(son, new UploadedFile("qd-12.pdf", pdf), "2.2 QĐ 12/QĐ-UBND"));

		var again = replyTo(telegram.users().sendsDocument(son, new UploadedFile("qd-12 (1).pdf", pdf), "2.2"));

		var rows = kept(official);
		assertThat(rows).singleElement().satisfies(row -> assertThat(row).containsEntry("sha256", sha256(pdf)));
		assertThat(again.text()).isEqualTo("📎 Tệp này đã được lưu cho mục <b>2.2</b> (gửi ngày 14/06/2024 bởi Sơn, "
				+ "minh chứng #" + rows.get(0).get("id") + "); không lưu thêm bản nữa.");
	}

	@Test
	void aDownloadThatFailsIsTriedAgainUntilItWorksAndTheSenderIsTold() throws Exception {
		var tam = someone("Tâm", "vi");
		var official = officeOfficial(tam);
		var pdf = bytes(400_000, 4);
		telegram.injectFaults(FaultInjector.times(3, r -> r.is("download"), FaultInjector.ApiError.of(502, "Bad Gateway")));

		var reply = replyTo(telegram.users().sendsDocument(tam, new UploadedFile("ke-hoach.pdf", pdf),
				"2.2 Kế hoạch 01/KH-UBND ngày 5/1/2025"));

		var id = evidenceId(official);
		assertThat(reply.text()).isEqualTo("📥 Đã nhận tệp cho mục <b>2.2</b> Tỷ lệ hồ sơ thủ tục hành chính do UBND xã "
				+ "tiếp nhận trong năm được… (minh chứng #" + id + ") nhưng chưa tải được từ Telegram. Tôi sẽ tự tải lại sau "
				+ "ít phút và báo khi xong; bạn không cần gửi lại.");
		assertThat(download(id)).containsEntry("sha256", null).containsEntry("download_attempts", 1);
		assertThat((String) download(id).get("download_error")).contains("502");
		assertThat(kept(official)).as("described from the caption already").singleElement()
			.satisfies(row -> assertThat(row).containsEntry("document_number", "01/KH-UBND"));

		// Second try after 2 minutes, third after 6: both fail; fourth after 14 minutes works.
		clock.advance(Duration.ofMinutes(2));
		await().atMost(WAIT).until(() -> ((Number) download(id).get("download_attempts")).intValue() == 2);
		clock.advance(Duration.ofMinutes(3));
		assertThat(((Number) download(id).get("download_attempts")).intValue()).as("not due before 6 minutes").isEqualTo(2);
		clock.advance(Duration.ofMinutes(1));
		await().atMost(WAIT).until(() -> ((Number) download(id).get("download_attempts")).intValue() == 3);
		clock.advance(Duration.ofMinutes(8));
		await().atMost(WAIT).until(() -> download(id).get("sha256") != null);

		assertThat(download(id)).containsEntry("sha256", sha256(pdf)).containsEntry("download_attempts", 4)
			.containsEntry("download_error", null);
		assertThat(Files.readAllBytes(store.path(sha256(pdf)))).isEqualTo(pdf);
		var told = probe.awaitMessageTo(tam.id(), m -> m.text().startsWith("📎 Đã tải được"), WAIT);
		assertThat(told.text()).isEqualTo("📎 Đã tải được và lưu minh chứng #" + id + " cho mục <b>2.2</b> Tỷ lệ hồ sơ thủ "
				+ "tục hành chính do UBND xã tiếp nhận trong năm được… (ke-hoach.pdf, gửi ngày 14/06/2024).");
	}

	@Test
	void aFileTheFolderCannotTakeIsRecordedAndKeptLater() throws Exception {
		var yen = someone("Yến", "vi");
		var official = officeOfficial(yen);
		var pdf = bytes(20_000, 11);
		// Something in the way where the file belongs: storing fails as on a full or broken disk.
		var blocked = store.path(sha256(pdf));
		Files.createDirectories(blocked.resolve("in-the-way"));

		var reply = replyTo(telegram.users().sendsDocument(yen, new UploadedFile("quy-che.pdf", pdf), "3.5"));

		var id = evidenceId(official);
		assertThat(reply.text()).startsWith("📥 Đã nhận tệp cho mục <b>3.5</b>");
		assertThat(download(id)).containsEntry("sha256", null).containsEntry("download_attempts", 1);
		assertThat((String) download(id).get("download_error")).startsWith("could not store");

		Files.delete(blocked.resolve("in-the-way"));
		Files.delete(blocked);
		clock.advance(Duration.ofMinutes(2));
		await().atMost(WAIT).until(() -> download(id).get("sha256") != null);
		assertThat(Files.readAllBytes(blocked)).isEqualTo(pdf);
	}

	@Test
	void afterTheLastTryTheSenderIsAskedToSendItAgain() {
		var uyen = someone("Uyên", "vi");
		var official = officeOfficial(uyen);
		telegram.injectFaults(FaultInjector.of(r -> r.is("download") ? java.util.Optional.of(FaultInjector.ApiError.of(
				502, "Bad Gateway")) : java.util.Optional.empty()));
		replyTo(telegram.users().sendsDocument(uyen, new UploadedFile("bien-ban.docx", bytes(1000, 5)), "3.2"));
		var id = evidenceId(official);

		for (var minutes : new int[] { 2, 4, 8, 16, 32 }) {
			clock.advance(Duration.ofMinutes(minutes));
			var attempts = ((Number) download(id).get("download_attempts")).intValue();
			await().atMost(WAIT).until(() -> ((Number) download(id).get("download_attempts")).intValue() == attempts + 1);
		}

		var told = probe.awaitMessageTo(uyen.id(), m -> m.text().startsWith("⚠️ Tôi đã thử nhiều lần"), WAIT);
		assertThat(told.text()).contains("bien-ban.docx", "14/06/2024", "<b>3.2</b>", "Hãy gửi lại tệp");
		clock.advance(Duration.ofDays(1));
		assertThat(download(id)).as("no seventh try").containsEntry("download_attempts", 6).containsEntry("sha256", null);
	}

	@Test
	void evidenceSentBeforeFilesWereKeptIsFetchedQuietly() throws Exception {
		var xuan = someone("Xuân", "vi");
		var official = officeOfficial(xuan);
		var pdf = bytes(50_000, 10);
		// The file is on Telegram (a stranger's upload the bot did not keep); the row is as V21 found it.
		var upload = telegram.users().sendsDocument(someone("Lạ", "vi"), new UploadedFile("cu.pdf", pdf), null);
		replyTo(upload);
		var fileId = telegram.update(upload).orElseThrow().get("message").get("document").get("file_id").asString();
		jdbc.update("""
				insert into evidence (plan_item_id, official_id, telegram_file_id, file_unique_id, file_name, mime_type,
				                      kind, caption, received_at)
				select i.id, ?, ?, 'u-old', 'cu.pdf', 'application/pdf', 'DOCUMENT', '2.2 biên bản cũ', ?
				from plan_item i where i.code = '2.2' and i.plan_id = (select max(plan_id) from plan_item)
				""", official.id(), fileId, java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(90))));
		var id = evidenceId(official);
		var before = telegram.messagesIn(xuan.id()).size();

		await().atMost(WAIT).until(() -> download(id).get("sha256") != null);

		assertThat(download(id)).containsEntry("sha256", sha256(pdf)).containsEntry("download_attempts", 1);
		assertThat(Files.readAllBytes(store.path(sha256(pdf)))).isEqualTo(pdf);
		assertThat(telegram.messagesIn(xuan.id())).as("nobody waits for news of it").hasSize(before);
	}

	@Test
	void aFileOverTwentyMegabytesIsRefusedAndNothingIsKept() {
		var vy = someone("Vy", "vi");
		var official = officeOfficial(vy);

		var reply = replyTo(telegram.users().sendsDocumentOfSize(vy, "ho-so-quet.pdf", 25L * 1024 * 1024, "2.2"));

		assertThat(reply.text()).isEqualTo("⚠️ Tệp quá giới hạn 20 MB mà bot nhận làm minh chứng. Tệp chưa được lưu: hãy "
				+ "nén hoặc chia nhỏ (ví dụ xuất PDF từng phần, giảm độ phân giải ảnh quét) rồi gửi lại.");
		assertThat(evidenceBy(official)).isEmpty();
	}

	@Test
	void aFileThatCannotBeEvidenceIsRefusedNamingTheTypesTaken() {
		var xuan = someone("Xuân", "vi");
		var official = officeOfficial(xuan);
		var downloads = telegram.requests().stream().filter(r -> r.is("download")).count();

		var named = replyTo(telegram.users().sendsDocument(xuan, new UploadedFile("cai-dat.exe", bytes(100, 6)), "2.2"));
		var unnamed = replyTo(telegram.users().sendsDocument(xuan, new UploadedFile("trang.html", bytes(100, 7)), null));

		assertThat(named.text()).startsWith("⚠️ Tệp <code>cai-dat.exe</code> không phải loại nhận làm minh chứng, nên "
				+ "chưa được lưu. Bot nhận: ảnh (JPG, PNG, HEIC, TIFF…), PDF, Word, Excel");
		assertThat(unnamed.text()).startsWith("⚠️ Tệp <code>trang.html</code> không phải loại");
		assertThat(unnamed.buttonData()).as("no item asked for").isEmpty();
		assertThat(evidenceBy(official)).isEmpty();
		assertThat(telegram.requests().stream().filter(r -> r.is("download")).count()).isEqualTo(downloads);
	}

	@Test
	void theSenderAndTheCoordinatorCorrectADescriptionAnotherOfficialCannotAndEveryVersionIsKept() {
		var an = someone("An", "vi");
		var sender = officeOfficial(an);
		var binh = someone("Bình", "vi");
		register(binh, "Văn hóa - xã hội", Role.OFFICIAL);
		var chi = someone("Chi", "vi");
		register(chi, OFFICE, Role.COORDINATOR);
		replyTo(telegram.users().sendsPhoto(an, "2.2 QĐ 123/QĐ-UBND ngày 12/3/2025", new UploadedFile("qd.jpg",
				bytes(5000, 8))));
		var id = evidenceId(sender);

		var bySender = replyTo(an, "/suamc 2.2 trang 5");
		var byOther = replyTo(binh, "/suamc " + id + " trang 9");
		var byCoordinator = replyTo(chi, "/suamc #" + id + " số 124/QĐ-UBND của UBND xã Phổ Châu");

		assertThat(bySender.text()).isEqualTo("✏️ Đã sửa minh chứng #" + id + " (mục <b>2.2</b>, 📷 ảnh): số 123/QĐ-UBND · "
				+ "ngày 12/03/2025 · UBND · trang 5\nBản cũ vẫn được lưu trong lịch sử.");
		assertThat(byOther.text()).startsWith("⚠️ Chỉ người gửi minh chứng và công chức điều phối mới ghi hoặc sửa được");
		assertThat(byCoordinator.text()).contains("số 124/QĐ-UBND · ngày 12/03/2025 · UBND xã Phổ Châu · trang 5");
		assertThat(jdbc.queryForList("""
				select document_number, page, issuer from evidence_description where evidence_id = ? order by id
				""", id)).extracting(row -> row.get("document_number") + " " + row.get("page") + " " + row.get("issuer"))
			.containsExactly("123/QĐ-UBND null UBND", "123/QĐ-UBND trang 5 UBND",
					"124/QĐ-UBND trang 5 UBND xã Phổ Châu");

		var list = replyTo(binh, "/minhchung 2.2");
		assertThat(list.text()).startsWith("<b>📎 Minh chứng mục 2.2</b>").contains("#" + id + " 📷 ảnh · 14/06/2024 · An · "
				+ "đã lưu\n    số 124/QĐ-UBND · ngày 12/03/2025 · UBND xã Phổ Châu · trang 5 <i>(đã sửa, Chi)</i>");
	}

	@Test
	void anUndescribedFileOffersOneOptionalStepToDescribeIt() {
		var dung = someone("Dũng", "vi");
		var official = officeOfficial(dung);
		var offered = replyTo(telegram.users().sendsPhoto(dung, "3.3 ảnh bộ phận một cửa", new UploadedFile("mot-cua.jpg",
				bytes(3000, 9))));
		var id = evidenceId(official);
		assertThat(offered.buttonData()).containsExactly("evd:" + id);

		var prompt = replyTo(telegram.users().presses(dung, offered, "evd:" + id));
		assertThat(prompt.text()).startsWith("✍️ Minh chứng #" + id + ": gõ số và ký hiệu, ngày");
		var described = replyTo(dung, "Thông báo số 7/TB-UBND ngày 2/4/2025, trang 1");

		assertThat(described.text()).isEqualTo("✅ Đã ghi cho minh chứng #" + id + " (mục <b>3.3</b>, 📷 ảnh): số "
				+ "7/TB-UBND · ngày 02/04/2025 · UBND · trang 1");
		assertThat(kept(official)).singleElement().satisfies(row -> assertThat(row).containsEntry("page", "trang 1"));

		// Skipping is doing something else: the step never stands in the way.
		replyTo(telegram.users().presses(dung, offered, "evd:" + id));
		assertThat(replyTo(dung, "/viec").text()).doesNotStartWith("✅ Đã ghi");
		assertThat(replyTo(dung, "3.3 97").text()).doesNotContain("minh chứng #");
	}

	private long evidenceId(Official official) {
		return jdbc.queryForObject("select max(id) from evidence where official_id = ?", Long.class, official.id());
	}

	private Map<String, Object> download(long id) {
		return jdbc.queryForMap("select sha256, size_bytes, download_attempts, download_error from evidence where id = ?",
				id);
	}

	/** The official's evidence, oldest first, with its latest description. */
	private java.util.List<Map<String, Object>> kept(Official official) {
		return jdbc.queryForList("""
				select e.id, i.code, e.sha256, e.size_bytes, d.document_number, d.document_date, d.issuer, d.page
				from evidence e join plan_item i on i.id = e.plan_item_id
				left join evidence_description d on d.evidence_id = e.id and d.id = (
				    select max(d2.id) from evidence_description d2 where d2.evidence_id = e.id)
				where e.official_id = ? order by e.id
				""", official.id());
	}

	static byte[] bytes(int size, long seed) {
		var bytes = new byte[size];
		new Random(seed * 7919 + System.nanoTime()).nextBytes(bytes);
		return bytes;
	}

	static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}
}
