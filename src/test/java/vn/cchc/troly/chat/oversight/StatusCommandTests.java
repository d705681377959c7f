package vn.cchc.troly.chat.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.cchc.troly.chat.ChatTest;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.progress.ProgressManagement;
import vn.cchc.troly.report.ReportQueries;
import vn.cchc.troly.sandbox.ChatUser;

/** /tinhhinh (/status) and /chuabaocao (/missing) in a private chat. */
class StatusCommandTests extends ChatTest {

	/** Status (⌛ overdue, ⏰ stale), code, short title: figure / target (or the status of a qualitative item) · last report. */
	private static final String ITEM_LINE = "[🟢🟡🔴⚪]⌛?⏰? <b>[0-9.]+</b> [^\\n]{1,40}: [^\\n]+ · (\\d\\d/\\d\\d/\\d{4}|chưa báo cáo)";

	@Autowired
	ProgressManagement progress;
	@Autowired
	ReportQueries queries;

	@Test
	void theOverviewHasTheCountsThenALinePerItemBySection() {
		var leader = leader("Thành", "vi");

		var reply = replyTo(leader, "/tinhhinh");

		var lines = reply.text().lines().toList();
		assertThat(lines.get(0)).isEqualTo("<b>📋 Tình hình thực hiện kế hoạch</b> · 14/06/2024");
		assertThat(lines.get(1))
			.matches("\\d+ mục: 🟢 \\d+ đạt · 🟡 \\d+ gần đạt · 🔴 \\d+ chưa đạt · ⚪ \\d+ chưa có số liệu( · ⚪ \\d+ chưa có ghi chú)?");
		assertThat(lines.get(2)).matches("⌛ \\d+ quá hạn · ⏰ \\d+ chưa cập nhật trong kỳ");
		assertThat(lines).contains("<b>2. Cải cách thủ tục hành chính</b>");
		// Other tests share the database, so the lines' values vary; their shape does not.
		assertThat(lines).filteredOn(line -> line.contains("</b> ") && !line.startsWith("<b>")).hasSize(10)
			.allSatisfy(line -> assertThat(line).matches(ITEM_LINE));
		assertThat(lines).filteredOn(line -> line.contains("<b>2.2</b>")).singleElement().asString()
			.contains(" Tỷ lệ hồ sơ thủ tục hành chính do UBND…: ").contains(" / &gt;98% · ");
		assertThat(lines.indexOf("<b>2. Cải cách thủ tục hành chính</b>"))
			.isLessThan(indexOf(lines, "<b>2.1</b>")).isLessThan(indexOf(lines, "<b>2.2</b>"));
		assertThat(indexOf(lines, "<b>2.2</b>")).isLessThan(lines.indexOf(
				"<b>3. Xây dựng và phát triển chính quyền điện tử, chính quyền số</b>"));
		assertThat(reply.text()).hasSizeLessThan(4096).endsWith("Xem chi tiết một mục: <code>/tinhhinh 2.2</code>");
	}

	@Test
	void oneItemInFull() {
		// Later than other chat tests report, so these are 2.2's latest reports.
		clock.setLocal("2024-12-02T08:00");
		var van = someone("Vân Một Cửa", "vi");
		var official = register(van, "Văn phòng - Thống kê", Role.OFFICIAL);
		progress.recordFigure(official, "2.2", "97,5");
		clock.advance(Duration.ofMinutes(5));
		progress.recordNote(official, "2.2", "Đã rà soát <12> hồ sơ & trả đúng hạn", false);
		var evidence = queries.item("2.2").orElseThrow().evidenceCount();
		var leader = leader("Uyên", "vi");

		var reply = replyTo(leader, "/tinhhinh 2.2");
		// These reports are dated after other tests' clocks: undone, they make no item look reported to them.
		progress.undoLast(official.officialId());
		progress.undoLast(official.officialId());

		assertThat(reply.text()).startsWith("""
				<b>📌 Mục 2.2</b> Tỷ lệ hồ sơ thủ tục hành chính do UBND xã tiếp nhận trong năm được giải quyết trước hạn, đúng hạn
				Trạng thái: 🟡 Gần đạt
				Chỉ tiêu: Đạt trên 98% số thủ tục hành chính thực hiện tiếp nhận giải hồ sơ trước hạn tại Bộ phận một cửa.
				Kết quả năm trước: Đạt 95% số hồ sơ thực hiện việc tiếp nhận và giải quyết TTHC trả kết tại bộ phận Một cửa xã.
				Tham mưu: Văn phòng - Thống kê (""");
		assertThat(reply.text()).contains("Vân Một Cửa")
			.contains("\nPhối hợp: Cán bộ, công chức xã; Bộ phận Một cửa xã\n")
			.contains("\nHạn: 31/12/2024 (còn 29 ngày) · theo kế hoạch, hằng năm\n")
			.contains("\nSố liệu mới nhất: <b>97,5%</b> (02/12/2024, Vân Một Cửa)\n")
			.contains("\nGhi chú mới nhất: <i>Đã rà soát &lt;12&gt; hồ sơ &amp; trả đúng hạn</i>\n")
			.contains("\nMinh chứng: " + evidence + " tệp\n")
			.contains("""

					<b>Báo cáo gần đây</b>
					02/12/2024 08:05 · Vân Một Cửa · ghi chú: Đã rà soát &lt;12&gt; hồ sơ &amp; trả đúng hạn
					02/12/2024 08:00 · Vân Một Cửa · 97,5%""");
	}

	@Test
	void qualitativeItemsWithoutANoteAreCountedAndShownAsSuch() {
		// A year nobody reports in: the plan's two qualitative items, 1.2 and 2.1, have no note.
		clock.setLocal("2030-02-04T09:00");
		var leader = leader("Xuyến", "vi");

		var overview = replyTo(leader, "/tinhhinh").text().lines().toList();
		var item = replyTo(leader, "/tinhhinh 1.2").text();

		assertThat(overview.get(1)).isEqualTo("10 mục: 🟢 0 đạt · 🟡 0 gần đạt · 🔴 0 chưa đạt · ⚪ 8 chưa có số liệu"
				+ " · ⚪ 2 chưa có ghi chú");
		assertThat(overview).filteredOn(line -> line.contains("<b>1.2</b>")).singleElement().asString()
			.matches("⚪⏰? <b>1\\.2</b> Thực hiện các nhiệm vụ cấp trên giao: Chưa có ghi chú · .+");
		assertThat(item).contains("\nTrạng thái: ⚪ Chưa có ghi chú")
			.contains("\nHạn: 31/12/2030 (còn 330 ngày) · theo kế hoạch, hằng năm\n");
	}

	@Test
	void anUnknownItemIsAnsweredWithAnExample() {
		var leader = leader("Vĩnh", "vi");

		assertThat(replyTo(leader, "/tinhhinh 9.<9>").text())
			.isEqualTo("Kế hoạch không có mục <code>9.&lt;9&gt;</code>. Gõ mã mục như trong kế hoạch, ví dụ: <code>/tinhhinh 2.2</code>");
	}

	@Test
	void inEnglish() {
		var leader = leader("Walter", "en");

		var reply = replyTo(leader, "/status");

		assertThat(reply.text()).startsWith("<b>📋 How the plan stands</b> · 14/06/2024\n")
			.contains(" items: 🟢 ").contains("One item in full: <code>/status 2.2</code>");
	}

	@Test
	void missingReportsListTheLeadWhoHasNotReportedAndTheirItems() {
		// They joined more than a reporting period ago: nobody is missing in their first week.
		clock.setLocal("2025-01-27T09:00");
		var xuan = someone("Xuân Tư Pháp", "vi");
		register(xuan, "Tư pháp - Hộ tịch", Role.OFFICIAL);
		var yen = someone("Yến Tài Chính", "vi");
		var reporter = register(yen, "Tài chính - Kế toán", Role.OFFICIAL);
		var leader = leader("Zung", "vi");
		// A day nobody else reports near, so 2.1 (Tư pháp - Hộ tịch) is unreported.
		clock.setLocal("2025-02-10T09:00");
		progress.recordFigure(reporter, "4", "12");

		var reply = replyTo(leader, "/chuabaocao");
		// Dated after other tests' clocks: undone, it makes item 4 look reported to none of them.
		progress.undoLast(reporter.officialId());

		assertThat(reply.text()).startsWith("<b>⏰ Chưa báo cáo từ 03/02/2025 đến 10/02/2025</b>\n")
			.contains("\n• <b>Xuân Tư Pháp</b>: 2.1\n")
			.doesNotContain("Yến Tài Chính");
	}

	@Test
	void anOfficialMayNotSeeTheQueries() {
		var official = someOfficial("Ánh", "vi");
		var refusal = "Chức năng này chỉ dành cho lãnh đạo UBND xã và công chức điều phối kế hoạch (Văn phòng - Thống kê).";

		assertThat(replyTo(official, "/tinhhinh").text()).isEqualTo(refusal);
		assertThat(replyTo(official, "/chuabaocao").text()).isEqualTo(refusal);
		assertThat(replyTo(official, "/xuat").text()).isEqualTo(refusal);
		assertThat(replyTo(official, "/tonghop").text()).isEqualTo(refusal);
	}

	private static int indexOf(java.util.List<String> lines, String part) {
		return lines.stream().filter(line -> line.contains(part)).findFirst().map(lines::indexOf).orElseThrow();
	}

	private ChatUser leader(String name, String language) {
		var user = someone(name, language);
		register(user, "Chủ tịch UBND xã", Role.LEADER);
		return user;
	}
}
