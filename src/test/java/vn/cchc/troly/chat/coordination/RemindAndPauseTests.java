package vn.cchc.troly.chat.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.cchc.troly.chat.ChatTest;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.sandbox.BotMessage;
import vn.cchc.troly.sandbox.ChatUser;
import vn.cchc.troly.telegram.outbound.OutboxRows;

/** /nhacviec (/remind) reminds the leads who have not reported, except those who paused with /tamdung (/pause). */
class RemindAndPauseTests extends ChatTest {

	@Autowired
	PeopleManagement people;
	@Autowired
	OutboxRows outbox;

	@Test
	void onlyTheLeadWhoHasNotReportedIsRemindedAndAPausedOneIsSkipped() throws Exception {
		// Everyone joined more than a reporting period ago: nobody is reminded in their first week.
		clock.setLocal("2025-02-20T10:00");
		var khoa = someone("Khoa Chưa Báo", "vi");
		register(khoa, "Tư pháp - Hộ tịch", Role.OFFICIAL);
		var lam = someone("Lâm Tạm Dừng", "vi");
		var paused = register(lam, "Tư pháp - Hộ tịch", Role.OFFICIAL);
		var mai = someone("Mai Đã Báo", "vi");
		register(mai, "Tài chính - Kế toán", Role.OFFICIAL);
		var coordinator = someone("Nhàn", "vi");
		register(coordinator, "Văn phòng - Thống kê", Role.COORDINATOR);
		// A Thursday nobody else reports near: 2.1 (Tư pháp - Hộ tịch) has no report this period.
		clock.setLocal("2025-03-06T10:00");
		replyTo(khoa, "/viec"); // Telegram lets a bot write only to those who wrote to it first
		var pause = replyTo(lam, "/tamdung");
		assertThat(replyTo(mai, "/so 4 15").text()).startsWith("✅");

		var run = answer(coordinator, "/nhacviec");
		// Dated after other tests' clocks: undone, it makes item 4 look reported to none of them.
		assertThat(replyTo(mai, "/hoantac").text()).startsWith("↩️");

		assertThat(pause.text()).isEqualTo("🔕 Đã tạm dừng nhắc việc đến <b>13/03/2025 10:00</b>. Sau đó tôi sẽ nhắc lại như thường.");
		assertThat(people.byId(paused.officialId()).orElseThrow().mutedUntil()).isEqualTo(clock.instant().plusSeconds(7 * 24 * 3600));
		var text = run;
		assertThat(text).startsWith("<b>⏰ Nhắc việc</b>\n\n<b>Đã nhắc (");
		var skippedAt = text.indexOf("<b>Không nhắc (");
		assertThat(skippedAt).isPositive();
		assertThat(text.substring(0, skippedAt)).contains("\n• Khoa Chưa Báo: 2.1 · chưa báo cáo trong kỳ\n")
			.doesNotContain("Lâm Tạm Dừng");
		assertThat(text.substring(skippedAt)).contains("\n• Lâm Tạm Dừng: 2.1 · đang tạm dừng nhắc");
		assertThat(text).doesNotContain("Mai Đã Báo");

		var reminder = probe.awaitMessageTo(khoa.id(), m -> m.text() != null && m.text().startsWith("⏰"), WAIT);
		assertThat(reminder.text()).startsWith("⏰ <b>Nhắc cập nhật tiến độ</b>").contains("<b>2.1</b>");
		assertThat(reminder.buttonData()).containsExactly("rep:2.1");
		assertThat(telegram.messagesIn(lam.id())).extracting(BotMessage::text).noneMatch(t -> t.startsWith("⏰"));
		assertThat(telegram.messagesIn(mai.id())).extracting(BotMessage::text).noneMatch(t -> t.startsWith("⏰"));

		var again = answer(coordinator, "/nhacviec");

		assertThat(again).contains("\n• Khoa Chưa Báo: 2.1 · đã được nhắc tuần này");
	}

	/** The command's answer; the coordinator's own reminder, as a lead, may come before it. */
	/**
	 * The run's report, whole: it lists every lead of the shared test database, so it may take several
	 * messages; they are read once the outbox sent every message to the chat.
	 */
	private String answer(ChatUser user, String command) {
		var update = telegram.users().sends(user, command);
		probe.awaitMessageTo(user.id(),
				m -> m.messageId() > update.messageId() && m.text().startsWith("<b>⏰ Nhắc việc</b>"), WAIT);
		outbox.awaitNothingPendingTo(user.id(), WAIT);
		return telegram.messagesIn(user.id()).stream().filter(m -> m.messageId() > update.messageId())
			.map(BotMessage::text).collect(Collectors.joining("\n"));
	}

	@Test
	void onlyTheCoordinatorSendsRemindersButAnyOfficialMayPauseInEnglishToo() {
		var official = someone("Oliver", "en");
		register(official, "Tư pháp - Hộ tịch", Role.OFFICIAL);

		assertThat(replyTo(official, "/remind").text())
			.isEqualTo("Only the plan coordinator (Office-Statistics officer) can use this.");
		assertThat(replyTo(official, "/pause").text())
			.isEqualTo("🔕 Reminders paused until <b>21/06/2024 16:00</b>. After that I will remind you as usual.");
	}
}
