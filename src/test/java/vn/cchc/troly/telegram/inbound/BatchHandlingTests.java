package vn.cchc.troly.telegram.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.telegram.telegrambots.meta.api.objects.Update;

import vn.cchc.troly.chat.AfterCommitLog;
import vn.cchc.troly.chat.reporting.ReportingTest;
import vn.cchc.troly.people.InviteOutcome;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.sandbox.BotMessage;
import vn.cchc.troly.sandbox.ChatUser;
import vn.cchc.troly.telegram.outbound.OutboxRows;

/**
 * Stored updates are handled a batch in one transaction, each update in a savepoint: what one update
 * does is kept or dropped with it alone, and a batch that cannot be committed is handled again, each
 * update once. The batches here arrive as the polling thread hands them over (recorded and handled in
 * one transaction), or are found stored, as after a crash, and handled.
 */
class BatchHandlingTests extends ReportingTest {

	private static final String APOLOGY = "Xin lỗi, đã có lỗi khi xử lý tin nhắn của bạn.";

	@Autowired
	UpdateIntake intake;
	@Autowired
	AfterCommitLog afterCommit;
	@Autowired
	PeopleManagement people;
	@Autowired
	OutboxRows outbox;

	@Test
	void anUpdateThatFailsAfterWritingLosesItsOwnWritesOnlyAndEveryOtherReplyArrivesOnce() {
		var an = opened("An");
		var binh = opened("Bình");
		var chi = opened("Chi");
		var anOfficial = officeOfficial(an);
		var binhOfficial = officeOfficial(binh);
		var chiOfficial = officeOfficial(chi);
		var broken = update(binh, "/hong_sau_so 62");
		var batch = List.of(update(an, "/so 2.2 61"), broken, update(chi, "/so 2.2 63"), update(binh, "/so 2.2 64"),
				update(an, "/so 3.4 49/50"));

		intake.consume(batch);

		assertThat(outcomes(batch)).containsExactly("HANDLED", "FAILED", "HANDLED", "HANDLED", "HANDLED");
		assertThat(allSent(an, binh, chi)).isTrue();
		assertThat(texts(an)).satisfiesExactly(first -> assertThat(first).startsWith("✅ Đã ghi số liệu <b>61%</b>"),
				second -> assertThat(second).startsWith("✅ Đã ghi số liệu <b>49/50 (98%)</b>"));
		assertThat(texts(binh)).satisfiesExactly(first -> assertThat(first).startsWith(APOLOGY),
				second -> assertThat(second).startsWith("✅ Đã ghi số liệu <b>64%</b>")
					// The failed update's 62 was never stored: 64 follows Chi's 63.
					.contains("So với lần trước (63%)"));
		assertThat(texts(chi)).singleElement().asString().startsWith("✅ Đã ghi số liệu <b>63%</b>");
		assertThat(reportsBy(anOfficial)).hasSize(2);
		assertThat(reportsBy(binhOfficial)).singleElement().satisfies(r -> assertThat(r.get("source"))
			.isEqualTo(String.valueOf(batch.get(3).getUpdateId())));
		assertThat(reportsBy(chiOfficial)).hasSize(1);
		// Nor its pending step, nor its after-commit work.
		// (no step takes the number: it is only asked which item it is for)
		assertThat(replyTo(binh, "64").text()).startsWith("Số liệu <b>64</b> này cho mục nào?");
		assertThat(reportsBy(binhOfficial)).hasSize(1);
		assertThat(afterCommit.ran()).doesNotContain(broken.getUpdateId());
	}

	@Test
	void aHandlerThatSwallowsAFailedServicesExceptionStillFailsItsUpdateAlone() {
		var dung = opened("Dũng");
		var em = opened("Em");
		var dungOfficial = officeOfficial(dung);
		var emOfficial = officeOfficial(em);
		var swallowing = update(dung, "/nuot_loi 70");
		var batch = List.of(update(em, "/so 3.2 90"), swallowing, update(em, "/so 3.2 91"));

		intake.consume(batch);

		assertThat(outcomes(batch)).containsExactly("HANDLED", "FAILED", "HANDLED");
		assertThat(allSent(dung, em)).isTrue();
		assertThat(texts(dung)).singleElement().asString().startsWith(APOLOGY);
		assertThat(texts(em)).hasSize(2);
		assertThat(reportsBy(dungOfficial)).isEmpty();
		assertThat(reportsBy(emOfficial)).hasSize(2);
		assertThat(afterCommit.ran()).doesNotContain(swallowing.getUpdateId());
	}

	@Test
	void anArrivingBatchWhoseCommitFailsIsRecordedThenHandledAgainEachUpdateOnce() {
		aBatchWhoseCommitFailsIsHandledAgainEachUpdateOnce(intake::consume);
	}

	@Test
	void aStoredBatchWhoseCommitFailsKeepsNothingAndIsHandledAgainEachUpdateOnce() {
		aBatchWhoseCommitFailsIsHandledAgainEachUpdateOnce(batch -> {
			intake.store(batch);
			intake.processStored();
		});
	}

	/** The first commit after the batch is taken fails; {@code taking}: as it arrives, or as a crash left it. */
	private void aBatchWhoseCommitFailsIsHandledAgainEachUpdateOnce(Consumer<List<Update>> taking) {
		var giang = opened("Giang");
		var hoa = opened("Hoa");
		var giangOfficial = officeOfficial(giang);
		officeOfficial(hoa);
		// Giang has a step pending: /huy must say it cancelled one, also when handled a second time.
		assertThat(replyTo(giang, "/so 3.3").text()).startsWith("Gõ số liệu cho mục <b>3.3</b>");
		var failing = update(hoa, "/hong_ghi");
		var batch = List.of(update(giang, "/huy"), update(giang, "/so 3.1 80"), failing, update(giang, "/ngonngu en"),
				update(giang, "/so 3.1 81"));

		afterCommit.failNextCommit();
		taking.accept(batch);

		assertThat(outcomes(batch)).containsExactly("HANDLED", "HANDLED", "HANDLED", "HANDLED", "HANDLED");
		assertThat(allSent(giang, hoa)).isTrue();
		assertThat(texts(giang)).satisfiesExactly(ask -> assertThat(ask).startsWith("Gõ số liệu"),
				cancelled -> assertThat(cancelled).isEqualTo("Đã huỷ. Không có gì được lưu."),
				first -> assertThat(first).startsWith("✅ Đã ghi số liệu <b>80%</b>"),
				english -> assertThat(english).isEqualTo("From now on I will answer you in English."),
				second -> assertThat(second).startsWith("✅ Recorded <b>81%</b>"));
		assertThat(texts(hoa)).containsExactly("Không có việc gì đang chờ để huỷ.");
		assertThat(reportsBy(giangOfficial)).extracting(r -> r.get("source")).containsExactly(
				String.valueOf(batch.get(1).getUpdateId()), String.valueOf(batch.get(4).getUpdateId()));
		// The after-commit work of the batch that failed never ran; that of its second handling did, once.
		assertThat(afterCommit.ran()).containsOnlyOnce(failing.getUpdateId());
	}

	@Test
	void eachUpdateSeesTheOfficialAsTheUpdatesBeforeItInTheBatchLeftThem() {
		var khoa = opened("Khoa");
		var lan = opened("Lan");
		officeOfficial(lan);
		var code = inviteCode();
		var batch = List.of(update(khoa, "/start"), update(khoa, "/start " + code), update(khoa, "/start"),
				update(lan, "/ngonngu en"), update(lan, "/start"));

		intake.consume(batch);

		assertThat(allSent(khoa, lan)).isTrue();
		assertThat(greetings(khoa)).satisfiesExactly(stranger -> assertThat(stranger).startsWith("Xin chào! Bạn chưa đăng ký"),
				welcome -> assertThat(welcome).startsWith("👋 Chào Khoa! Bạn đã đăng ký"),
				back -> assertThat(back).isEqualTo("👋 Chào mừng Khoa trở lại!"));
		assertThat(texts(lan)).first().isEqualTo("From now on I will answer you in English.");
		assertThat(greetings(lan)).containsExactly("👋 Welcome back, Lan!");
	}

	@Test
	void aRoleGainedByAnUpdateThatFailedIsNotSeenByTheNextOne() {
		var minh = opened("Minh");
		officeOfficial(minh);
		var code = ((InviteOutcome.Created) people.createInvite("Chủ tịch UBND xã", Role.LEADER, null)).code();
		var batch = List.of(update(minh, "/hong_sau_start " + code), update(minh, "/tinhhinh"),
				update(minh, "/start " + code), update(minh, "/tinhhinh"));

		intake.consume(batch);

		assertThat(outcomes(batch)).containsExactly("FAILED", "HANDLED", "HANDLED", "HANDLED");
		assertThat(allSent(minh)).isTrue();
		// The invite the failed update used is still unused: the /start after it gives the role.
		assertThat(texts(minh)).map(text -> text.startsWith(APOLOGY) ? "apology"
				: text.startsWith("Chức năng này chỉ dành cho lãnh đạo UBND xã") ? "refused"
				: text.startsWith("👋 Chào Minh! Bạn có thêm chức danh <b>Chủ tịch UBND xã</b>") ? "added"
				: text.startsWith("<b>📋 Tình hình thực hiện kế hoạch</b>") ? "status" : "the items that follow a greeting")
			.containsExactly("apology", "refused", "added", "the items that follow a greeting", "status");
	}

	private static Update update(ChatUser user, String text) {
		return HandmadeUpdates.text(user, text);
	}

	private String inviteCode() {
		return ((InviteOutcome.Created) people.createInvite(OFFICE, Role.OFFICIAL, null)).code();
	}

	private List<String> outcomes(List<Update> batch) {
		return batch.stream().map(u -> jdbc.queryForObject("select outcome from telegram_update where update_id = ?",
				String.class, u.getUpdateId())).toList();
	}

	/**
	 * Waits until every message queued to the users' chats went out (the dispatcher marks a message
	 * sent after Telegram answered); then what they got is final.
	 */
	private boolean allSent(ChatUser... users) {
		outbox.awaitAllSentTo(WAIT, Arrays.stream(users).mapToLong(ChatUser::id).toArray());
		return true;
	}

	/** Someone who opened their private chat with the bot (else Telegram refuses to write to them). */
	private ChatUser opened(String firstName) {
		var user = someone(firstName, "vi");
		telegram.users().opensChat(user);
		return user;
	}

	/** The bot's greetings and "not registered" answers, without the lists of items that follow them. */
	private List<String> greetings(ChatUser user) {
		return texts(user).stream().filter(text -> text.startsWith("👋") || text.startsWith("Xin chào!")).toList();
	}

	private List<String> texts(ChatUser user) {
		return telegram.messagesIn(user.id()).stream().map(BotMessage::text).toList();
	}
}
