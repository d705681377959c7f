package vn.cchc.troly.chat.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.troly.plan.WordFixture.row;
import static vn.cchc.troly.plan.WordFixture.spanning;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.cchc.troly.chat.ChatTest;
import vn.cchc.troly.chat.OwnDatabase;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.plan.PlanManagement;
import vn.cchc.troly.plan.PlanSummary;
import vn.cchc.troly.plan.WordFixture;
import vn.cchc.troly.progress.ProgressManagement;
import vn.cchc.troly.sandbox.BotMessage;
import vn.cchc.troly.sandbox.ChatUser;
import vn.cchc.troly.sandbox.FaultInjector;
import vn.cchc.troly.sandbox.UploadedFile;

/**
 * The coordinator imports the commune's plan from the chat: sends the Word file, reads the preview,
 * presses "Nhập kế hoạch"; officials then work on it. Importing a later year's plan makes it the
 * current one for everyone, so these tests have a database of their own, and each imports a year
 * after every plan stored so far (they pass in any order).
 */
@OwnDatabase("plan_import")
class PlanImportChatTests extends ChatTest {

	private static final String OFFICE = "Văn phòng - Thống kê";

	@Autowired
	PlanManagement plans;
	@Autowired
	PlanItems planItems;
	@Autowired
	ProgressManagement progress;

	@Test
	void theCoordinatorSendsAWordPlanSeesThePreviewImportsItAndAnOfficialSeesItsDeadline() throws IOException {
		var mai = coordinator("Mai");
		var an = someOfficial("An", "vi");
		var year = nextYear();
		var before = plans.plans().size();

		var preview = replyTo(telegram.users().sendsDocument(mai, new UploadedFile("ke-hoach-" + year + ".docx",
				plan(year, "Không thấp hơn 60%")), null));

		var text = preview.text();
		assertThat(text).startsWith("<b>📄 Xem trước kế hoạch</b> · ke-hoach-" + year + ".docx\n"
				+ "<b>Khắc phục hạn chế cải cách hành chính năm " + (year - 1) + "</b>\n"
				+ "Số 05/KH-UBND · năm " + year + " · UBND xã Phổ Châu\n"
				+ "3 mục trong 2 phần · 1 cảnh báo\n"
				+ "Kế hoạch mới: khi nhập, kế hoạch năm " + year + " là kế hoạch hiện hành thay kế hoạch năm " + (year - 1)
				+ "; kế hoạch " + (year - 1) + " vẫn giữ nguyên, xem được bằng /tinhhinh " + (year - 1) + ".");
		assertThat(text.lines()).contains("<b>1. Cải cách thủ tục hành chính</b>",
				"<b>1.1</b> Tuyên truyền về cải cách thủ tục hành…: định tính · hạn 30/06/" + year
						+ " · Văn hóa - Xã hội",
				"<b>1.2</b> Tỷ lệ hồ sơ trực tuyến toàn trình: ≥ 60% · hạn 31/12/" + year + " · " + OFFICE,
				"<b>2</b> Tỷ lệ hồ sơ trễ hạn: chưa rõ (5%)? · hằng năm, từ 31/12/" + year + " · Tư pháp - Hộ tịch",
				"Dấu ? : chưa đọc chắc chắn (xem cảnh báo); không có gì được đoán.", "<b>⚠️ 1 cảnh báo</b>");
		assertThat(text).contains("\n\n<b>2</b> Tỷ lệ hồ sơ trễ hạn").doesNotContain("<b>2. Tỷ lệ hồ sơ trễ hạn</b>")
			.contains("\n• Bảng 2, hàng 5: Chỉ tiêu của mục 2 nêu 5 nhưng không rõ là “ít nhất” hay “không quá”")
			.contains("\n  <i>« Chỉ tiêu: Khoảng 5% »</i>\n");
		assertThat(text).endsWith("Chưa lưu gì. Bấm <b>Nhập kế hoạch</b> để lưu đúng như trên, hoặc <b>Huỷ</b>.");
		assertThat(preview.buttonLabels()).containsExactly("📥 Nhập kế hoạch", "Huỷ");
		assertThat(plans.plans()).as("a preview stores nothing").hasSize(before);

		var done = pressAndAwait(mai, preview, "plan:import");

		assertThat(done.text()).isEqualTo("✅ Đã nhập kế hoạch <b>Khắc phục hạn chế cải cách hành chính năm "
				+ (year - 1) + "</b> năm " + year + " (UBND xã Phổ Châu): 3 mục.\nKế hoạch năm " + year
				+ " là kế hoạch hiện hành; kế hoạch " + (year - 1) + " vẫn xem được bằng /tinhhinh " + (year - 1) + ".");
		assertThat(plans.currentPlan().orElseThrow().year()).isEqualTo(year);
		var items = replyTo(an, "/viec");
		assertThat(items.text()).contains("1.1");
		assertThat(replyTo(telegram.users().presses(an, items, "item:1.1")).text()).contains("30/06/" + year)
			.doesNotContain("31/12/" + year);

		// The buttons are spent: nothing is imported twice.
		var again = telegram.users().presses(mai, preview, "plan:import");
		assertThat(probe.callbackAnswer(again, WAIT).orElseThrow().param("text"))
			.startsWith("Bản xem trước này đã hết hạn hoặc đã dùng.");
		assertThat(plans.plans()).hasSize(before + 1);
	}

	@Test
	void aReimportAskedForWithTheCommandListsWhatChanges() throws IOException {
		var mai = coordinator("Mai Hai");
		var year = nextYear();
		plans.importPlan("ke-hoach.docx", plan(year, "Không thấp hơn 60%"), null);

		assertThat(replyTo(mai, "/nhapkehoach").text()).startsWith("📄 Hãy gửi tệp kế hoạch vào đây")
			.contains("(tối đa 5 MB)");
		var corrected = new WordFixture().letterhead(LETTERHEAD, "Phổ Châu, ngày 05 tháng 01 năm " + year)
			.paragraphs("KẾ HOẠCH", "Khắc phục hạn chế cải cách hành chính năm " + (year - 1))
			.table(List.of(HEADER, row(spanning("1 Cải cách thủ tục hành chính", 7)),
					row("1.1", "Tuyên truyền về cải cách thủ tục hành chính", "Đạt", "Thực hiện đầy đủ", "Văn hóa - Xã hội",
							"Cán bộ, công chức xã", "Quý II/" + year),
					row("1.2", "Tỷ lệ hồ sơ trực tuyến toàn trình", "Đạt 40%", "Không thấp hơn 70%", OFFICE,
							"Bộ phận Một cửa xã", "Năm " + year),
					row("1.3", "Tỷ lệ hồ sơ thanh toán trực tuyến", "Đạt 30%", "Trên 50%", "Tài chính - Kế toán", "",
							"Năm " + year)))
			.bytes();

		// Any name will do once the file was asked for.
		var preview = replyTo(telegram.users().sendsDocument(mai, new UploadedFile("BAN SUA.DOCX", corrected), null));

		assertThat(preview.text()).contains("\nKế hoạch này đã nhập lúc ")
			.contains("; nhập lại sẽ cập nhật các mục tại chỗ, giữ lịch sử báo cáo: ➕ 1 thêm · ✏️ 1 sửa · ➖ 1 rút · 1 giữ nguyên.");
		assertThat(preview.text().lines()).contains("<b>Thay đổi so với lần nhập trước</b>",
				"✏️ <b>1.2</b> Tỷ lệ hồ sơ trực tuyến toàn trình: chỉ tiêu", "➕ <b>1.3</b> Tỷ lệ hồ sơ thanh toán trực tuyến",
				"➖ <b>2</b> Tỷ lệ hồ sơ trễ hạn (rút khỏi kế hoạch; báo cáo cũ vẫn giữ)",
				"Không có cảnh báo: mọi trường đều đọc được.");
		assertThat(planItems.byCode("1.2").orElseThrow().target().value()).as("nothing stored yet")
			.isEqualByComparingTo("60");

		var done = pressAndAwait(mai, preview, "plan:import");

		assertThat(done.text()).isEqualTo("✅ Đã cập nhật kế hoạch <b>Khắc phục hạn chế cải cách hành chính năm "
				+ (year - 1) + "</b> năm " + year + ": ➕ 1 thêm · ✏️ 1 sửa · ➖ 1 rút · 1 giữ nguyên; lịch sử báo cáo của các "
				+ "mục vẫn giữ.\nĐây là kế hoạch hiện hành: mỗi công chức xem việc của mình bằng /viec.");
		assertThat(planItems.byCode("1.2").orElseThrow().target().value()).isEqualByComparingTo("70");
		assertThat(planItems.byCode("2")).as("withdrawn").isEmpty();
	}

	@Test
	void thePreviewCanBeCancelledAndNothingIsStored() throws IOException {
		var mai = coordinator("Mai Ba");
		var year = nextYear();
		var before = plans.plans().size();

		var preview = replyTo(telegram.users().sendsDocument(mai, new UploadedFile("kh.docx", plan(year, "Trên 60%")),
				"kế hoạch năm sau"));
		assertThat(preview.text()).startsWith("<b>📄 Xem trước kế hoạch</b>");

		assertThat(pressAndAwait(mai, preview, "plan:cancel").text())
			.isEqualTo("Đã huỷ nhập kế hoạch. Không có gì được lưu.");
		assertThat(plans.plans()).hasSize(before);
	}

	@Test
	void aLongPlansPreviewComesInSeveralMessagesWithTheButtonsUnderTheLast() throws IOException {
		var mai = coordinator("Mai Dài");
		var year = nextYear();
		var rows = new ArrayList<List<WordFixture.Cell>>(List.of(HEADER, row(spanning("1 Cải cách thủ tục hành chính", 7))));
		for (var i = 1; i <= 80; i++) {
			rows.add(row("1." + i, "Tỷ lệ hồ sơ của thủ tục hành chính số " + i + " được giải quyết đúng hạn tại xã",
					"Đạt 90%", "Trên " + (90 + i % 10) + "%", OFFICE, "Bộ phận Một cửa xã", "Quý " + (i % 4 + 1) + "/" + year));
		}
		var plan = new WordFixture().letterhead(LETTERHEAD, "Phổ Châu, ngày 05 tháng 01 năm " + year)
			.paragraphs("KẾ HOẠCH", "Khắc phục hạn chế cải cách hành chính năm " + (year - 1)).table(rows).bytes();

		var sent = telegram.users().sendsDocument(mai, new UploadedFile("ke-hoach-dai.docx", plan), null);
		var messages = probe.awaitMessageTo(mai.id(), m -> m.messageId() > sent.messageId() && !m.buttonData().isEmpty(),
				WAIT);
		var preview = telegram.messagesIn(mai.id()).stream().filter(m -> m.messageId() > sent.messageId()).toList();

		assertThat(preview).hasSizeGreaterThan(1).allSatisfy(m -> assertThat(m.text().length()).isLessThanOrEqualTo(4096));
		assertThat(preview.get(preview.size() - 1)).isEqualTo(messages);
		assertThat(preview.subList(0, preview.size() - 1)).allSatisfy(m -> assertThat(m.buttonData()).isEmpty());
		var lines = preview.stream().flatMap(m -> m.text().lines()).filter(line -> line.matches("<b>1\\.\\d+</b> .*")).toList();
		assertThat(lines).as("each item on one line").hasSize(80)
			.allSatisfy(line -> assertThat(line).matches("<b>1\\.\\d+</b> [^\n]+: &gt; 9\\d% · hạn \\d\\d/\\d\\d/" + year
					+ " · " + OFFICE));
		assertThat(pressAndAwait(mai, messages, "plan:cancel").text()).startsWith("Đã huỷ nhập kế hoạch.");
	}

	@Test
	void onlyTheCoordinatorImportsAnotherPersonsPlanFileIsTakenAsEvidence() throws IOException {
		var an = someOfficial("An Hai", "vi");
		var before = plans.plans().size();
		var file = new UploadedFile("ke-hoach.docx", plan(nextYear(), "Trên 60%"));

		assertThat(replyTo(an, "/nhapkehoach").text())
			.isEqualTo("Chức năng này chỉ dành cho công chức điều phối kế hoạch (Văn phòng - Thống kê).");
		var reply = replyTo(telegram.users().sendsDocument(an, file, null));

		assertThat(reply.text()).startsWith("Tệp này là minh chứng cho mục nào?").doesNotContain("Xem trước kế hoạch");
		assertThat(plans.plans()).hasSize(before);
	}

	@Test
	void aCoordinatorsFileNamingAnItemOrHoldingNoPlanIsEvidence() throws IOException {
		var mai = coordinator("Mai Bốn");
		var before = plans.plans().size();

		var named = replyTo(telegram.users().sendsDocument(mai,
				new UploadedFile("ke-hoach.docx", plan(nextYear(), "Trên 60%")), "1.2 bản kế hoạch chi tiết"));
		var letter = replyTo(telegram.users().sendsDocument(mai, new UploadedFile("cong-van.docx",
				new WordFixture().paragraphs("Kính gửi: UBND thị xã", "Về việc báo cáo kết quả tháng 5").bytes()), null));

		assertThat(named.text()).startsWith("📎 Đã lưu minh chứng cho mục <b>1.2</b>");
		assertThat(letter.text()).startsWith("Tệp này là minh chứng cho mục nào?");
		assertThat(plans.plans()).hasSize(before);
	}

	@Test
	void aFileThatIsNotAPlanTooLargeOrNotFetchedGetsAClearMessageAndNothingIsStored() throws IOException {
		var mai = coordinator("Mai Năm");
		var before = plans.plans().size();
		replyTo(mai, "/nhapkehoach");

		var letter = replyTo(telegram.users().sendsDocument(mai, new UploadedFile("cong-van.docx",
				new WordFixture().paragraphs("Kính gửi: UBND thị xã", "Về việc báo cáo kết quả tháng 5").bytes()), null));
		var downloads = downloads();
		var large = replyTo(telegram.users().sendsDocumentOfSize(mai, "ke-hoach-scan.docx", 6L * 1024 * 1024, null));
		var huge = replyTo(telegram.users().sendsDocumentOfSize(mai, "ke-hoach-video.docx", 25L * 1024 * 1024, null));
		assertThat(downloads()).as("a file over the limit is not downloaded").isEqualTo(downloads);
		var photo = replyTo(telegram.users().sendsPhoto(mai, null));
		telegram.injectFaults(FaultInjector.once(r -> r.is("download"), FaultInjector.ApiError.of(502, "Bad Gateway")));
		var file = new UploadedFile("ke-hoach.docx", plan(nextYear(), "Trên 60%"));
		var failed = replyTo(telegram.users().sendsDocument(mai, file, null));
		telegram.injectFaults(FaultInjector.NONE);

		assertThat(letter.text()).startsWith("Tệp cong-van.docx không phải kế hoạch khắc phục")
			.endsWith("Không lưu gì.\n\nGửi tệp khác, hoặc gõ /huy để thôi.");
		assertThat(large.text()).startsWith("Tệp ke-hoach-scan.docx quá lớn (6 MB); một kế hoạch chỉ vài trăm KB, giới hạn là 5 MB.");
		assertThat(huge.text()).startsWith("Tệp ke-hoach-video.docx quá lớn: Telegram không cho bot tải tệp trên 20 MB");
		assertThat(photo.text()).startsWith("Đây là ảnh. Hãy gửi kế hoạch dưới dạng tệp");
		assertThat(failed.text()).startsWith("Không tải được tệp ke-hoach.docx từ Telegram");
		assertThat(plans.plans()).hasSize(before);

		// The step still waits for the file: the same file again is read.
		var preview = replyTo(telegram.users().sendsDocument(mai, file, null));
		assertThat(preview.text()).startsWith("<b>📄 Xem trước kế hoạch</b> · ke-hoach.docx");
		assertThat(replyTo(mai, "/huy").text()).isEqualTo("Đã huỷ. Không có gì được lưu.");
		assertThat(plans.plans()).hasSize(before);
	}

	@Test
	void afterANewYearsImportLastYearsPlanIsReadByNamingItsYear() throws Exception {
		var year = nextYear();
		plans.importPlan("ke-hoach-" + year + ".docx", plan(year, "Không thấp hơn 60%"), null);
		var mai = coordinator("Mai Sáu");
		var binh = someone("Bình", "vi");
		var lead = register(binh, OFFICE, Role.OFFICIAL);
		clock.setLocal(year + "-09-10T09:00");
		progress.recordFigure(lead, "1.2", "55");

		clock.setLocal((year + 1) + "-01-08T09:00");
		var preview = replyTo(telegram.users().sendsDocument(mai,
				new UploadedFile("ke-hoach-" + (year + 1) + ".docx", plan(year + 1, "Không thấp hơn 70%")), null));
		var done = pressAndAwait(mai, preview, "plan:import");

		assertThat(done.text()).endsWith("\nKế hoạch năm " + (year + 1) + " là kế hoạch hiện hành; kế hoạch " + year
				+ " vẫn xem được bằng /tinhhinh " + year + ".");
		var lastYear = replyTo(mai, "/tinhhinh " + year).text();
		assertThat(lastYear).startsWith("<b>📋 Tình hình thực hiện kế hoạch</b> · kế hoạch năm " + year + ", đến 31/12/"
				+ year + "\n3 mục: ");
		assertThat(lastYear.lines()).filteredOn(line -> line.contains("<b>1.2</b>")).singleElement().asString()
			.startsWith("🔴⌛ <b>1.2</b> Tỷ lệ hồ sơ trực tuyến toàn trình: 55% / ≥60% · Bình · 10/09/" + year);
		assertThat(lastYear).as("no reporting period runs in a year that is over").contains("⏰ 0 chưa cập nhật trong kỳ");
		var now = replyTo(mai, "/tinhhinh").text();
		assertThat(now).startsWith("<b>📋 Tình hình thực hiện kế hoạch</b> · 08/01/" + (year + 1) + "\n")
			.contains("<b>1.2</b> Tỷ lệ hồ sơ trực tuyến toàn trình: — / ≥70%");
		assertThat(replyTo(mai, "/tinhhinh 1999").text()).startsWith("Không có kế hoạch năm 1999. Các năm có kế hoạch: "
				+ (year + 1) + ", " + year + ", ");
		var binhsItems = replyTo(binh, "/viec");
		assertThat(binhsItems.text()).as("officials keep their positions").contains("1.2");
		assertThat(replyTo(telegram.users().presses(binh, binhsItems, "item:1.2")).text()).contains("31/12/" + (year + 1));

		var export = replyTo(mai, "/xuat " + year);
		assertThat(export.kind()).isEqualTo("document");
		assertThat(export.file().fileName()).isEqualTo("ke-hoach-cchc-nam-" + year + "-xuat-" + (year + 1) + "-01-08.xlsx");
		assertThat(export.text()).startsWith("📊 Kế hoạch năm " + year + ", số liệu và toàn bộ báo cáo của các mục");
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export.file().bytes()))) {
			var planRows = cells(workbook.getSheetAt(0));
			assertThat(planRows).anySatisfy(cells -> assertThat(cells).startsWith("1.2", "Tỷ lệ hồ sơ trực tuyến toàn trình",
					"Đạt 40%", "Không thấp hơn 60%", "55% (10/09/" + year + ", Bình)"));
			assertThat(cells(workbook.getSheetAt(1))).anySatisfy(cells -> assertThat(cells).contains("Bình", "1.2", "55%"));
		}
		assertThat(replyTo(mai, "/xuat 2.2").text()).startsWith("Gõ <code>/xuat</code> để tải kế hoạch hiện hành");
	}

	private static final String LETTERHEAD = "UBND XÃ PHỔ CHÂU\nSố: 05/KH-UBND";
	private static final List<WordFixture.Cell> HEADER = row("STT", "Nội dung", "Kết quả năm trước", "Chỉ tiêu",
			"Chủ trì", "Phối hợp", "Thời gian");

	/**
	 * A plan of the year as a commune writes it in Word: a section row, a qualitative item due in
	 * the second quarter (led by the officials {@link #someOfficial} registers), 1.2 with the target
	 * given, and item 2 whose target the importer cannot read for sure ("khoảng").
	 */
	private static byte[] plan(int year, String target12) throws IOException {
		return new WordFixture().letterhead(LETTERHEAD, "Phổ Châu, ngày 05 tháng 01 năm " + year)
			.paragraphs("KẾ HOẠCH", "Khắc phục hạn chế cải cách hành chính năm " + (year - 1))
			.table(List.of(HEADER, row(spanning("1 Cải cách thủ tục hành chính", 7)),
					row("1.1", "Tuyên truyền về cải cách thủ tục hành chính", "Đạt", "Thực hiện đầy đủ", "Văn hóa - Xã hội",
							"Cán bộ, công chức xã", "Quý II/" + year),
					row("1.2", "Tỷ lệ hồ sơ trực tuyến toàn trình", "Đạt 40%", target12, OFFICE, "Bộ phận Một cửa xã",
							"Năm " + year),
					row("2", "Tỷ lệ hồ sơ trễ hạn", "Đạt 8%", "Khoảng 5%", "Tư pháp - Hộ tịch", "Bộ phận Một cửa xã",
							"Thường xuyên")))
			.bytes();
	}

	/** A year after every plan stored so far: importing it makes it the current plan. */
	private int nextYear() {
		return plans.plans().stream().mapToInt(PlanSummary::year).max().orElse(2024) + 1;
	}

	private ChatUser coordinator(String name) {
		var user = someone(name, "vi");
		register(user, OFFICE, Role.COORDINATOR);
		return user;
	}

	/** Presses the button and waits for the bot's next message in the chat. */
	private BotMessage pressAndAwait(ChatUser user, BotMessage message, String data) {
		var before = telegram.messagesIn(user.id()).stream().mapToInt(BotMessage::messageId).max().orElse(0);
		telegram.users().presses(user, message, data);
		return probe.awaitMessageTo(user.id(), m -> m.messageId() > before, WAIT);
	}

	private long downloads() {
		return telegram.requests().stream().filter(r -> r.is("download")).count();
	}

	private static List<List<String>> cells(org.apache.poi.ss.usermodel.Sheet sheet) {
		var rows = new ArrayList<List<String>>();
		sheet.forEach(row -> {
			var cells = new ArrayList<String>();
			row.forEach(cell -> cells.add(cell.getStringCellValue()));
			rows.add(cells);
		});
		return rows;
	}
}
