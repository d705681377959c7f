package vn.cchc.troly.chat.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.cchc.troly.chat.ChatTest;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.progress.ProgressManagement;

/** /lichsu (/history): an item's reports, newest first, undone ones struck through. */
class HistoryTests extends ChatTest {

	@Autowired
	ProgressManagement progress;

	@Test
	void reportsComeNewestFirstWithUndoneOnesStruckThrough() {
		// Later than any other chat test reports, so these are the newest on 3.3.
		clock.setLocal("2024-11-02T08:30");
		var user = someone("Quế", "vi");
		var que = register(user, "Văn phòng - Thống kê", Role.OFFICIAL);
		progress.recordFigure(que, "3.3", "49/50");
		clock.advance(Duration.ofMinutes(5));
		progress.recordNote(que, "3.3", "Đã rà soát <b>12</b> thủ tục & gửi huyện", false);
		clock.advance(Duration.ofMinutes(5));
		progress.recordFigure(que, "3.3", "99");
		progress.undoLast(que.officialId());

		var reply = replyTo(user, "/lichsu 3.3");

		assertThat(reply.text()).startsWith("""
				<b>🕘 Lịch sử mục 3.3</b> Tỷ lệ hồ sơ trực tuyến toàn trình
				<s>02/11/2024 08:40 · Quế · 99%</s> (đã hoàn tác)
				02/11/2024 08:35 · Quế · ghi chú: Đã rà soát &lt;b&gt;12&lt;/b&gt; thủ tục &amp; gửi huyện
				02/11/2024 08:30 · Quế · 49/50 (98%)""");
	}

	@Test
	void longHistoriesShowTheLatestTwentyAndSayHowManyMore() {
		clock.setLocal("2024-11-03T08:00");
		var user = someone("Rạng", "en");
		var rang = register(user, "Văn phòng - Thống kê", Role.OFFICIAL);
		for (var i = 1; i <= 22; i++) {
			clock.advance(Duration.ofMinutes(1));
			progress.recordFigure(rang, "3.5", String.valueOf(70 + i));
		}
		var total = progress.history("3.5").orElseThrow().entries().size();

		var reply = replyTo(user, "/history 3.5");

		var lines = reply.text().lines().toList();
		assertThat(lines.get(0)).isEqualTo("<b>🕘 History of item 3.5</b> Tỷ lệ thủ tục hành chính được triển khai thanh toán trực tuyến");
		assertThat(lines.get(1)).isEqualTo("03/11/2024 08:22 · Rạng · 92%");
		assertThat(lines.get(20)).isEqualTo("03/11/2024 08:03 · Rạng · 73%");
		assertThat(lines).hasSize(22);
		assertThat(lines.get(21)).isEqualTo("… and " + (total - 20) + " older reports.");
	}

	@Test
	void anUnknownOrMissingCodeIsAnsweredWithAnExample() {
		var user = someOfficial("Sang", "vi");

		assertThat(replyTo(user, "/lichsu").text()).isEqualTo("Gõ mã mục sau lệnh, ví dụ: <code>/lichsu 2.2</code>");
		assertThat(replyTo(user, "/lichsu 9.<9>").text())
			.isEqualTo("Kế hoạch không có mục <code>9.&lt;9&gt;</code>. Gõ mã mục như trong kế hoạch, ví dụ: <code>/lichsu 2.2</code>");
	}
}
