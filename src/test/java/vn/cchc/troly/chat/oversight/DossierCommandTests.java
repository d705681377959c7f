package vn.cchc.troly.chat.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.cchc.troly.chat.ChatTest;
import vn.cchc.troly.people.Official;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.progress.EvidenceCatalogue;
import vn.cchc.troly.progress.EvidenceStore;
import vn.cchc.troly.sandbox.ChatUser;

/**
 * /hoso (/dossier) end to end: the coordinator asks, the bot sends .zip documents through the Bot
 * API server, and what arrives (folders, file names, bytes, the index workbook) is what was kept.
 * Chat tests cut dossiers into parts of 300 KB (ChatTest), so a few 100 KB files make parts.
 */
class DossierCommandTests extends ChatTest {

	private static final String INDEX = "Mục lục hồ sơ.xlsx";
	private static final String FOLDER_31 = "3.1 Tỷ lệ hồ sơ có phát sinh dịch vụ công trực tuyến một…";
	private static final String FOLDER_32 = "3.2 Tỷ lệ dịch vụ công trực tuyến toàn trình có phát sinh…";
	private static final String FOLDER_34 = "3.4 Tỷ lệ hồ sơ thực hiện thanh toán trực tuyến";

	@Autowired
	JdbcClient jdbc;
	@Autowired
	EvidenceStore store;
	@Autowired
	EvidenceCatalogue catalogue;
	@Autowired
	PlanItems planItems;

	private StoredEvidence evidence;
	private ChatUser coordinatorUser;
	private Official coordinator;
	/** What was kept, by the name it must have in the .zip. */
	private final Map<String, String> kept = new HashMap<>();

	@BeforeEach
	void theEvidence() {
		evidence = new StoredEvidence(jdbc, store);
		coordinatorUser = someone("Vân", "vi");
		coordinator = register(coordinatorUser, "Văn phòng - Thống kê", Role.COORDINATOR);
	}

	/** Items 3.1, 3.2, 3.3 and 3.4 with evidence only this class gives them (once for the class's tests). */
	private void stored() {
		var done = jdbc.sql("select count(*) from evidence where file_name = 'qd-45.pdf'").query(Long.class).single() > 0;
		if (!done) {
			var a = evidence.file("3.1", coordinator, "DOCUMENT", "qd-45.pdf", 100_000, 1, at("2024-03-13T02:00:00Z"));
			evidence.describe(a, coordinator, "45/QĐ-UBND", LocalDate.of(2024, 3, 12), "UBND xã Phổ Châu", "trang 2",
					at("2024-03-13T02:01:00Z"));
			// The same number and day (its annex): the name is made unique.
			var b = evidence.file("3.1", coordinator, "DOCUMENT", "phu-luc.pdf", 90_000, 2, at("2024-03-14T02:00:00Z"));
			evidence.describe(b, coordinator, "45/QĐ-UBND", LocalDate.of(2024, 3, 12), null, "phụ lục",
					at("2024-03-14T02:01:00Z"));
			for (int i = 1; i <= 3; i++) {
				evidence.file("3.2", coordinator, "DOCUMENT", "anh-" + i + ".jpg", 120_000, 10 + i,
						at("2024-04-0" + i + "T02:00:00Z"));
			}
			evidence.notDownloaded("3.3", coordinator, "bien-ban.pdf", at("2024-05-02T02:00:00Z"));
			evidence.file("3.4", coordinator, "PHOTO", null, 120_000, 20, at("2024-05-20T03:00:00Z"));
			evidence.text("3.4", coordinator, "Đã triển khai thanh toán trực tuyến tại bộ phận một cửa.",
					at("2024-06-01T03:00:00Z"));
		}
		kept.put(FOLDER_31 + "/2024-03-12 45-QĐ-UBND.pdf", sha(bytes(100_000, 1)));
		kept.put(FOLDER_31 + "/2024-03-12 45-QĐ-UBND (2).pdf", sha(bytes(90_000, 2)));
		for (int i = 1; i <= 3; i++) {
			kept.put(FOLDER_32 + "/2024-04-0" + i + " anh-" + i + ".jpg", sha(bytes(120_000, 10 + i)));
		}
		kept.put(FOLDER_34 + "/2024-05-20 anh.jpg", sha(bytes(120_000, 20)));
		kept.put(FOLDER_34 + "/2024-06-01 ghi-chu.txt",
				sha("Đã triển khai thanh toán trực tuyến tại bộ phận một cửa.".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

	@Test
	void theCoordinatorGetsTheWholeDossierInPartsEachAZipWithTheIndex() throws Exception {
		stored();
		var update = telegram.users().sends(coordinatorUser, "/hoso");
		var first = probe.awaitReply(update, WAIT);
		var count = Pattern.compile("<b>(\\d+) phần</b>").matcher(first.text());
		assertThat(count.find()).as(first.text()).isTrue();
		var parts = Integer.parseInt(count.group(1));
		assertThat(parts).isGreaterThanOrEqualTo(3);
		// The parts, then the line about what is not downloaded yet.
		var replies = probe.awaitReplies(update, parts + 2, WAIT);
		assertThat(replies.get(parts + 1).text()).contains("chưa tải về").contains("/thieuhoso");

		var files = new HashMap<String, String>();
		var partOf = new HashMap<String, Integer>();
		XSSFWorkbook index = null;
		for (int i = 1; i <= parts; i++) {
			var document = replies.get(i);
			assertThat(document.kind()).isEqualTo("document");
			assertThat(document.file().fileName()).isEqualTo("hoso-2024-phan-" + i + "-of-" + parts + ".zip");
			assertThat(document.text()).startsWith("📁 Phần " + i + "/" + parts + " hồ sơ 2024: các mục ");
			assertThat(document.file().bytes().length).isLessThanOrEqualTo(300 * 1024);
			var entries = unzip(document.file().bytes());
			assertThat(entries).containsKey(INDEX);
			if (i == 1) {
				index = new XSSFWorkbook(new ByteArrayInputStream(entries.get(INDEX)));
			}
			for (var entry : entries.entrySet()) {
				if (!entry.getKey().equals(INDEX) && !entry.getKey().endsWith("/")) {
					assertThat(files).doesNotContainKey(entry.getKey());
					files.put(entry.getKey(), sha(entry.getValue()));
					partOf.put(entry.getKey(), i);
				}
			}
		}
		assertThat(files).containsAllEntriesOf(kept);
		// Every piece of evidence whose bytes are with us is in the dossier, nothing else.
		var planId = planItems.currentPlan().orElseThrow().id();
		assertThat(files).hasSize((int) catalogue.ofPlan(planId).stream().filter(e -> e.available()).count());
		// 3.1 fits in a part: its folder is not cut. 3.2 alone is larger than a part: it is.
		assertThat(partOf.get(FOLDER_31 + "/2024-03-12 45-QĐ-UBND.pdf"))
			.isEqualTo(partOf.get(FOLDER_31 + "/2024-03-12 45-QĐ-UBND (2).pdf"));
		assertThat(kept.keySet().stream().filter(k -> k.startsWith(FOLDER_32)).map(partOf::get).distinct().count())
			.isGreaterThan(1);

		try (var workbook = index) {
			var items = workbook.getSheet("Các mục");
			assertThat(cells(items.getRow(2))).containsExactly("Mã mục", "Nội dung khắc phục", "Kết quả năm trước",
					"Chỉ tiêu", "Kết quả", "Trạng thái", "Ghi chú", "Số tệp", "Phần");
			var item31 = row(items, "3.1");
			assertThat(item31.get(1)).isEqualTo("Tỷ lệ hồ sơ có phát sinh dịch vụ công trực tuyến một phần");
			assertThat(item31.get(2)).contains("chưa đạt 100%");
			assertThat(item31.get(3)).contains("100%");
			assertThat(item31.get(5)).isEqualTo("⚪ Chưa có số liệu");
			assertThat(item31.get(7)).isEqualTo("2");
			assertThat(item31.get(8)).isEqualTo(String.valueOf(partOf.get(FOLDER_31 + "/2024-03-12 45-QĐ-UBND.pdf")));

			var listed = workbook.getSheet("Tài liệu kiểm chứng");
			assertThat(cells(listed.getRow(2))).containsExactly("Mã mục", "Số, ký hiệu", "Ngày văn bản",
					"Cơ quan ban hành", "Trang", "Tệp trong hồ sơ", "Người gửi", "Ngày nhận", "Phần");
			var rows = rows(listed);
			assertThat(rows).contains(List.of("3.1", "45/QĐ-UBND", "12/03/2024", "UBND xã Phổ Châu", "trang 2",
					FOLDER_31 + "/2024-03-12 45-QĐ-UBND.pdf", coordinator.displayName(), "13/03/2024",
					String.valueOf(partOf.get(FOLDER_31 + "/2024-03-12 45-QĐ-UBND.pdf"))));
			assertThat(rows).contains(List.of("3.3", "", "", "", "", "chưa tải về", coordinator.displayName(),
					"02/05/2024", ""));
			assertThat(rows).contains(List.of("3.4", "", "", "", "", FOLDER_34 + "/2024-06-01 ghi-chu.txt",
					coordinator.displayName(), "01/06/2024", String.valueOf(partOf.get(FOLDER_34 + "/2024-06-01 ghi-chu.txt"))));
			// Every piece of evidence on the plan is listed, kept or not.
			assertThat(rows).hasSize(catalogue.ofPlan(planId).size());
		}
		// Sent, the parts are deleted: nothing of this or an earlier dossier stays in the folder.
		probe.await(() -> zips().isEmpty() ? Boolean.TRUE : null, WAIT, "the sent parts deleted");
	}

	private static List<Path> zips() {
		try (var listed = Files.list(Path.of("target/test-data/dossier"))) {
			return listed.filter(file -> file.getFileName().toString().endsWith(".zip")).toList();
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@Test
	void aLeaderGetsOneItemsDossierAsOneZip() throws Exception {
		stored();
		var leader = someone("Lãnh", "vi");
		register(leader, "Chủ tịch UBND xã", Role.LEADER);

		var reply = replyTo(leader, "/hoso 3.1");

		assertThat(reply.kind()).isEqualTo("document");
		assertThat(reply.file().fileName()).isEqualTo("hoso-2024-muc-3.1.zip");
		assertThat(reply.text()).isEqualTo(
				"📁 Hồ sơ tài liệu kiểm chứng mục 3.1: 2 tệp, kèm mục lục (Excel). Tạo lúc 14/06/2024 16:00.");
		var entries = unzip(reply.file().bytes());
		assertThat(entries.keySet()).containsExactlyInAnyOrder(INDEX, FOLDER_31 + "/",
				FOLDER_31 + "/2024-03-12 45-QĐ-UBND.pdf", FOLDER_31 + "/2024-03-12 45-QĐ-UBND (2).pdf");
		assertThat(sha(entries.get(FOLDER_31 + "/2024-03-12 45-QĐ-UBND (2).pdf")))
			.isEqualTo(kept.get(FOLDER_31 + "/2024-03-12 45-QĐ-UBND (2).pdf"));
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(entries.get(INDEX)))) {
			assertThat(rows(workbook.getSheet("Các mục"))).extracting(r -> r.get(0)).containsExactly("3.1");
			var listed = rows(workbook.getSheet("Tài liệu kiểm chứng"));
			assertThat(listed).extracting(r -> r.get(5)).containsExactly(FOLDER_31 + "/2024-03-12 45-QĐ-UBND.pdf",
					FOLDER_31 + "/2024-03-12 45-QĐ-UBND (2).pdf");
			assertThat(listed).extracting(r -> r.get(3)).containsExactly("UBND xã Phổ Châu", "");
		}
	}

	@Test
	void aYearsPlanComesAsThatYearsDossier() {
		stored();
		var update = telegram.users().sends(coordinatorUser, "/hoso 2024");
		var first = probe.awaitReply(update, WAIT);
		assertThat(first.text()).startsWith("📁 Hồ sơ 2024 lớn hơn 300 KB (giới hạn một tệp gửi qua Telegram), nên được gửi thành <b>");
		var count = Pattern.compile("<b>(\\d+) phần</b>").matcher(first.text());
		assertThat(count.find()).isTrue();
		var parts = Integer.parseInt(count.group(1));
		var replies = probe.awaitReplies(update, parts + 2, WAIT);
		assertThat(replies.get(1).file().fileName()).isEqualTo("hoso-2024-phan-1-of-" + parts + ".zip");
	}

	@Test
	void anUnknownItemOrYearIsAnsweredAndAnOfficialIsRefused() {
		assertThat(replyTo(coordinatorUser, "/hoso 9.9").text())
			.isEqualTo("Kế hoạch không có mục <code>9.9</code>. Gõ mã mục như trong kế hoạch, ví dụ: <code>/hoso 2.2</code>");
		assertThat(replyTo(coordinatorUser, "/hoso 2019").text()).startsWith("Không có kế hoạch năm 2019");
		assertThat(replyTo(coordinatorUser, "/hoso 2.2 3.1").text()).startsWith("Gõ <code>/hoso</code> để tải hồ sơ cả kế hoạch");
		var official = someOfficial("Công", "vi");
		var refused = replyTo(official, "/hoso");
		assertThat(refused.kind()).isEqualTo("text");
		assertThat(refused.text()).isEqualTo(
				"Chức năng này chỉ dành cho lãnh đạo UBND xã và công chức điều phối kế hoạch (Văn phòng - Thống kê).");
	}

	private static Instant at(String instant) {
		return Instant.parse(instant);
	}

	private static byte[] bytes(int size, long seed) {
		var bytes = new byte[size];
		new Random(seed).nextBytes(bytes);
		return bytes;
	}

	static String sha(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** Every entry of a .zip by name, read as a user's unzip tool would. */
	static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		var entries = new HashMap<String, byte[]>();
		try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	private static List<String> row(Sheet sheet, String code) {
		return rows(sheet).stream().filter(r -> r.get(0).equals(code)).findFirst().orElseThrow();
	}

	private static List<List<String>> rows(Sheet sheet) {
		var rows = new ArrayList<List<String>>();
		for (int r = 3; r <= sheet.getLastRowNum(); r++) {
			rows.add(cells(sheet.getRow(r)));
		}
		return rows;
	}

	private static List<String> cells(Row row) {
		var values = new ArrayList<String>();
		row.forEach(cell -> values.add(cell.getStringCellValue()));
		return values;
	}

}
