package vn.cchc.troly.chat.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.cchc.troly.chat.ChatTest;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.progress.EvidenceStore;
import vn.cchc.troly.report.DossierGaps;

/**
 * /thieuhoso (/gaps), /duhoso (/complete) and /demhoso (/gapsfrom): what the dossier still lacks,
 * the coordinator's marks, and the weekly summary's count from the day it starts. Item 3.5 is this
 * class's own: no other test gives it evidence.
 */
class EvidenceGapsTests extends ChatTest {

	@Autowired
	JdbcClient jdbc;
	@Autowired
	EvidenceStore store;
	@Autowired
	DossierGaps gaps;

	@Test
	void anItemLeavesTheGapsWhenItsFilesAreDescribedOrItIsMarkedComplete() {
		var vanUser = someone("Vân", "vi");
		var van = register(vanUser, "Văn phòng - Thống kê", Role.COORDINATOR);
		var evidence = new StoredEvidence(jdbc, store);
		var at = Instant.parse("2024-06-10T02:00:00Z");

		assertThat(line(replyTo(vanUser, "/thieuhoso").text(), "3.5")).hasValue(
				"• <b>3.5</b> Tỷ lệ thủ tục hành chính được triển khai thanh toán trực tuyến: chưa có tài liệu");

		var file = evidence.file("3.5", van, "DOCUMENT", "ke-hoach.pdf", 1_000, 35, at);
		assertThat(line(replyTo(vanUser, "/thieuhoso").text(), "3.5")).get().asString()
			.endsWith(": 1 tệp chưa có số hoặc ngày văn bản");

		// An issuer alone does not name the document; a date does.
		evidence.describe(file, van, null, null, "UBND xã", null, at.plusSeconds(60));
		assertThat(line(replyTo(vanUser, "/thieuhoso").text(), "3.5")).isPresent();
		evidence.describe(file, van, null, LocalDate.of(2024, 6, 3), "UBND xã", null, at.plusSeconds(120));
		assertThat(line(replyTo(vanUser, "/thieuhoso").text(), "3.5")).isEmpty();

		evidence.notDownloaded("3.5", van, "bien-ban.pdf", at.plusSeconds(180));
		assertThat(line(replyTo(vanUser, "/thieuhoso").text(), "3.5")).get().asString()
			.endsWith(": 1 tệp chưa tải về");

		assertThat(replyTo(vanUser, "/duhoso 3.5").text()).startsWith("✅ Đã đánh dấu mục <b>3.5</b>");
		assertThat(line(replyTo(vanUser, "/thieuhoso").text(), "3.5")).isEmpty();
		assertThat(replyTo(vanUser, "/duhoso 3.5").text()).contains("đã được đánh dấu đủ hồ sơ từ trước");

		assertThat(replyTo(vanUser, "/duhoso 3.5 bo").text()).startsWith("↩️ Đã bỏ đánh dấu đủ hồ sơ của mục <b>3.5</b>");
		assertThat(line(replyTo(vanUser, "/thieuhoso").text(), "3.5")).isPresent();
		// Every mark is kept: marked, then taken back.
		assertThat(jdbc.sql("""
				select count(*) from dossier_complete c join plan_item i on i.id = c.plan_item_id where i.code = '3.5'
				""").query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void onlyTheCoordinatorMarksAndBadInputIsAnswered() {
		var leader = someone("Lãnh", "vi");
		register(leader, "Chủ tịch UBND xã", Role.LEADER);
		assertThat(replyTo(leader, "/thieuhoso").text()).contains("còn thiếu hồ sơ");
		assertThat(replyTo(leader, "/duhoso 3.5").text()).doesNotContain("Đã đánh dấu");

		var vanUser = someone("Vân", "vi");
		register(vanUser, "Văn phòng - Thống kê", Role.COORDINATOR);
		assertThat(replyTo(vanUser, "/duhoso 9.9").text())
			.isEqualTo("Kế hoạch không có mục <code>9.9</code>. Chưa lưu gì. Ví dụ: <code>/duhoso 2.2</code>");
		assertThat(replyTo(vanUser, "/duhoso").text()).startsWith("Gõ mã mục");
		assertThat(replyTo(vanUser, "/demhoso 31/02/2024").text())
			.startsWith("<code>31/02/2024</code> không phải một ngày có thật. Chưa lưu gì.");
	}

	@Test
	void theWeeklySummaryCountsTheGapsFromTheDayTheCoordinatorSet() {
		var vanUser = someone("Vân", "vi");
		register(vanUser, "Văn phòng - Thống kê", Role.COORDINATOR);
		assertThat(replyTo(vanUser, "/demhoso").text())
			.isEqualTo("Báo cáo tuần đếm các mục thiếu hồ sơ từ ngày <b>01/10/2024</b>. Đổi ngày: <code>/demhoso 01/10/2025</code>");

		// 14 June: before 1 October, the summary says nothing about the dossier.
		assertThat(summary(vanUser)).doesNotContain("Hồ sơ kiểm chứng");

		clock.set(Instant.parse("2024-10-02T02:00:00Z"));
		var count = gaps.gaps().orElseThrow().gaps().size();
		assertThat(summary(vanUser)).contains("📂 Hồ sơ kiểm chứng: <b>" + count + " mục</b> còn thiếu tài liệu (đếm từ 01/10/2024); xem /thieuhoso.");

		assertThat(replyTo(vanUser, "/demhoso 1/11/2024").text())
			.isEqualTo("📅 Từ ngày <b>01/11/2024</b>, báo cáo tuần sẽ đếm các mục còn thiếu hồ sơ.");
		assertThat(summary(vanUser)).doesNotContain("Hồ sơ kiểm chứng");

		// Back to the default day, which the other tests (in June) never reach.
		replyTo(vanUser, "/demhoso 01/10/2024");
		assertThat(summary(vanUser)).contains("Hồ sơ kiểm chứng");
	}

	private String summary(vn.cchc.troly.sandbox.ChatUser user) {
		// The summary's text, then its chart: both arrive before the next command is sent.
		return probe.awaitReplies(telegram.users().sends(user, "/tonghop"), 2, WAIT).get(0).text();
	}

	/** The line of /thieuhoso's answer about the item, if any. */
	private static Optional<String> line(String text, String code) {
		return Arrays.stream(text.split("\n")).filter(l -> l.startsWith("• <b>" + code + "</b>")).findFirst();
	}
}
