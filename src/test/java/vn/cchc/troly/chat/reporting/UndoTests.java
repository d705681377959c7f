package vn.cchc.troly.chat.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.cchc.troly.chat.ChatTest;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.people.Official;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.progress.FigureOutcome;
import vn.cchc.troly.progress.HistoryEntry;
import vn.cchc.troly.progress.ItemSituation;
import vn.cchc.troly.progress.ProgressManagement;

/** /hoantac (/undo) and the undo button under a report's confirmation. */
class UndoTests extends ChatTest {

	@Autowired
	ProgressManagement progress;
	@Autowired
	ItemSituation situations;
	@Autowired
	ItemTexts texts;

	@Test
	void theLastReportIsUndoneWithinFifteenMinutesAndTheStatusNowIsShown() {
		var user = someone("Thảo", "vi");
		var thao = register(user, "Văn phòng - Thống kê", Role.OFFICIAL);
		var kept = figure(thao, "3.2", "97");
		clock.advance(Duration.ofMinutes(1));
		var undone = figure(thao, "3.2", "100");
		clock.advance(Duration.ofMinutes(14));

		var reply = replyTo(user, "/hoantac");

		assertThat(reply.text()).isEqualTo("↩️ Đã hoàn tác số liệu 100% của bạn cho mục <b>3.2</b> (gửi lúc 16:01 14/06/2024).\n"
				+ "Tình trạng mục 3.2 bây giờ: " + statusOf("3.2"));
		assertThat(undoneIds("3.2")).contains(undone.reportId()).doesNotContain(kept.reportId());
	}

	@Test
	void afterTheWindowOrWithNothingLeftNothingIsUndone() {
		var user = someone("Uy", "vi");
		var uy = register(user, "Văn phòng - Thống kê", Role.OFFICIAL);

		assertThat(replyTo(user, "/undo").text()).isEqualTo("Bạn không có cập nhật nào để hoàn tác.");

		var report = figure(uy, "3.1", "90");
		clock.advance(Duration.ofMinutes(15).plusSeconds(1));

		assertThat(replyTo(user, "/hoantac").text()).isEqualTo("Chỉ hoàn tác được trong 15 phút sau khi gửi, và cập nhật "
				+ "gần nhất của bạn đã quá thời gian đó. Muốn sửa, hãy gửi một cập nhật mới.");
		assertThat(undoneIds("3.1")).doesNotContain(report.reportId());
	}

	@Test
	void theUndoButtonUndoesOnlyThePressersOwnLastReportAndEditsTheConfirmation() {
		var ownerUser = someone("Vy", "vi");
		var vy = register(ownerUser, "Văn phòng - Thống kê", Role.OFFICIAL);
		var forgerUser = someone("Xa", "vi");
		var xa = register(forgerUser, "Văn phòng - Thống kê", Role.OFFICIAL);
		var forgersOwn = figure(xa, "3.2", "50");
		var report = figure(vy, "3.2", "88");

		// Someone else presses a button carrying Vy's report id (a forged or forwarded one).
		var forged = replyTo(forgerUser, "/thu_xacnhan " + report.reportId());
		telegram.users().presses(forgerUser, forged, "undo:" + report.reportId());
		probe.awaitRequest("answerCallbackQuery", r -> stale().equals(r.param("text")), WAIT);
		assertThat(undoneIds("3.2")).doesNotContain(report.reportId(), forgersOwn.reportId());

		var confirmation = replyTo(ownerUser, "/thu_xacnhan " + report.reportId());
		telegram.users().presses(ownerUser, confirmation, "undo:" + report.reportId());
		var edited = probe.awaitMessageTo(ownerUser.id(),
				m -> m.messageId() == confirmation.messageId() && m.edits() == 1, WAIT);
		assertThat(edited.text()).startsWith("↩️ Đã hoàn tác số liệu 88% của bạn cho mục <b>3.2</b> (gửi lúc 16:00 14/06/2024).\n"
				+ "Tình trạng mục 3.2 bây giờ: ");
		assertThat(edited.buttonData()).isEmpty();
		probe.awaitRequest("answerCallbackQuery", r -> "Đã hoàn tác.".equals(r.param("text")), WAIT);
		assertThat(undoneIds("3.2")).contains(report.reportId()).doesNotContain(forgersOwn.reportId());

		// Pressed again (a replay): nothing more happens.
		var again = telegram.users().presses(ownerUser, edited, "undo:" + report.reportId());
		probe.awaitRequest("answerCallbackQuery",
				r -> r.sequence() > again.deliveredAfter() && stale().equals(r.param("text")), WAIT);
		probe.awaitConfirmed(again, WAIT);
		assertThat(telegram.messagesIn(ownerUser.id())).filteredOn(m -> m.messageId() == confirmation.messageId())
			.singleElement().extracting(m -> m.edits()).isEqualTo(1);
	}

	@Test
	void theUndoButtonAfterTheWindowOrWithGarbageChangesNothing() {
		var user = someone("Yên", "en");
		var yen = register(user, "Văn phòng - Thống kê", Role.OFFICIAL);
		var report = figure(yen, "3.1", "91");
		var confirmation = replyTo(user, "/test_confirm " + report.reportId());
		clock.advance(Duration.ofMinutes(16));

		telegram.users().presses(user, confirmation, "undo:" + report.reportId());
		probe.awaitRequest("answerCallbackQuery", r -> ("More than 15 minutes have passed since it was sent, so it "
				+ "can no longer be undone. Nothing changed.").equals(r.param("text")) && "true".equals(r.param("show_alert")),
				WAIT);
		var garbage = telegram.users().presses(user, confirmation, "undo:abc");
		probe.awaitConfirmed(garbage, WAIT);

		assertThat(undoneIds("3.1")).doesNotContain(report.reportId());
		assertThat(telegram.messagesIn(user.id())).singleElement().extracting(m -> m.edits()).isEqualTo(0);
	}

	private FigureOutcome.Recorded figure(Official official, String code, String text) {
		return (FigureOutcome.Recorded) progress.recordFigure(official, code, text);
	}

	private List<Long> undoneIds(String code) {
		return progress.history(code).orElseThrow().entries().stream().filter(HistoryEntry::undone)
			.map(HistoryEntry::reportId).toList();
	}


	private String statusOf(String code) {
		return texts.status(situations.situation(code).orElseThrow().status(), Locale.forLanguageTag("vi"));
	}

	private static String stale() {
		return "Không hoàn tác được: đây không phải cập nhật mới nhất của bạn, hoặc nó đã được hoàn tác rồi. Không có gì thay đổi.";
	}
}
