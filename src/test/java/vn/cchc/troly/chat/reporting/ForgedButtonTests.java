package vn.cchc.troly.chat.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.cchc.troly.chat.ChatTest;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.progress.ProgressManagement;
import vn.cchc.troly.sandbox.ApiRequest;
import vn.cchc.troly.sandbox.BotMessage;
import vn.cchc.troly.sandbox.ChatUser;

/**
 * Callback data is whatever the client sends: a press with no value waiting, an unknown item or a
 * made-up report id change nothing and say so. (A forged undo of someone else's report and a
 * replayed undo: UndoTests; an item the presser may not report on: ProgressManagementTests, since
 * every item of the seed plan is open to all staff.)
 */
class ForgedButtonTests extends ChatTest {

	@Autowired
	JdbcClient jdbc;
	@Autowired
	PlanItems planItems;
	@Autowired
	ProgressManagement progress;

	@Test
	void anItemTheyHoldStillAsksForTheValue() {
		var user = someone("Hòa", "vi");
		register(user, "Văn hóa - xã hội", Role.OFFICIAL);
		var message = replyTo(user, "/viec");

		telegram.users().presses(user, message, "rep:1.1");

		assertThat(probe.awaitMessageTo(user.id(), m -> m.messageId() > message.messageId(), WAIT).text())
			.startsWith("Gõ số liệu cho mục <b>1.1</b>");
	}

	@Test
	void doneAndEvidenceButtonsWithNothingWaitingAndUnknownItemsChangeNothing() {
		var user = someone("Hải", "vi");
		register(user, "Văn phòng - Thống kê", Role.COORDINATOR);
		var message = replyTo(user, "/viec");
		var before = rows(user);

		assertThat(alert(user, message, "done:1")).isEqualTo("Ghi chú này đã hết hạn chờ hoặc đã được ghi. Gửi lại bằng /capnhat.");
		assertThat(alert(user, message, "ev:2.2")).startsWith("Tệp này đã hết hạn chờ hoặc đã được lưu.");
		assertThat(alert(user, message, "rep:99.9")).isEqualTo("Kế hoạch không có mục 99.9.");
		assertThat(alert(user, message, "undo:-1")).startsWith("Không hoàn tác được");
		assertThat(alert(user, message, "undo:")).startsWith("Không hoàn tác được");
		assertThat(rows(user)).isEqualTo(before);
	}

	private String alert(ChatUser user, BotMessage message, String data) {
		var press = telegram.users().presses(user, message, data);
		return probe.callbackAnswer(press, WAIT).map(ApiRequest::params).map(p -> p.get("text"))
			.orElseThrow(() -> new AssertionError("no answer to " + data));
	}

	private List<Integer> rows(ChatUser user) {
		return List.of(reports(), count("evidence"), jdbc.sql("select count(*) from telegram_conversation where user_id = ?")
			.param(user.id()).query(Integer.class).single());
	}

	private int reports() {
		return count("progress_report");
	}

	private int count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}
}
