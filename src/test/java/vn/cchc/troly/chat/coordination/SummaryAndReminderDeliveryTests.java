package vn.cchc.troly.chat.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.cchc.troly.chat.ChatTest;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.report.LeadershipGroup;
import vn.cchc.troly.report.PostOutcome;
import vn.cchc.troly.report.Reminders;
import vn.cchc.troly.report.Summaries;

/** What the report module records reaches Telegram: the summary in the group, reminders in private. */
class SummaryAndReminderDeliveryTests extends ChatTest {

	@Autowired
	LeadershipGroup leadershipGroup;
	@Autowired
	Summaries summaries;
	@Autowired
	Reminders reminders;

	@Test
	void aPostedSummaryReachesTheLeadershipGroupAsTextThenChart() throws Exception {
		seedPlan();
		var leaders = someGroup("Lãnh đạo UBND xã");
		leadershipGroup.set(leaders.id(), leaders.title(), null);

		var outcome = summaries.postNow(null);

		assertThat(outcome).isInstanceOf(PostOutcome.Posted.class);
		var text = probe.awaitMessageTo(leaders.id(), m -> "text".equals(m.kind()), WAIT);
		assertThat(text.text()).startsWith("<b>📊 Tổng hợp tuần").contains("🟢").contains("Đạt");
		var chart = probe.awaitMessageTo(leaders.id(), m -> "photo".equals(m.kind()), WAIT);
		var image = ImageIO.read(new ByteArrayInputStream(chart.file().bytes()));
		assertThat(image.getWidth()).isPositive();
		assertThat(chart.messageId()).as("the chart comes after the text").isGreaterThan(text.messageId());
	}

	@Test
	void aLeadWhoHasNotReportedGetsOneReminderWithAButtonPerItem() {
		var linh = someone("Linh", "vi");
		var official = register(linh, "Tài chính - Kế toán", Role.OFFICIAL);
		replyTo(linh, "/viec"); // as after /start: Telegram lets a bot write only to those who wrote first
		// Weeks later, when nobody has reported on item 4 within the period (other tests share the database).
		clock.advance(Duration.ofDays(30));

		var run = reminders.sendNow();

		assertThat(run.sent()).filteredOn(s -> s.officialId() == official.id()).hasSize(1);
		var reminder = probe.awaitMessageTo(linh.id(), m -> m.text() != null && m.text().contains("Nhắc"), WAIT);
		assertThat(reminder.text()).startsWith("⏰ <b>Nhắc cập nhật tiến độ</b>").contains("<b>4</b> Số lượng doanh nghiệp");
		assertThat(reminder.buttonData()).containsExactly("rep:4");
		assertThat(reminders.sendNow().sent()).as("the same reminder is not sent twice")
			.noneMatch(s -> s.officialId() == official.id());
	}
}
