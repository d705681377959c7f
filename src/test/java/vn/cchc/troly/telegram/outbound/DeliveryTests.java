package vn.cchc.troly.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.telegram.telegrambots.meta.api.objects.Update;

import vn.cchc.troly.chat.ChatTest;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.sandbox.BotMessage;
import vn.cchc.troly.sandbox.ChatUser;
import vn.cchc.troly.sandbox.FaultInjector;
import vn.cchc.troly.telegram.inbound.HandmadeUpdates;
import vn.cchc.troly.telegram.inbound.UpdateIntake;

/** Updates are handled from the store, once and in order; messages go through the outbox, retried or recorded. */
class DeliveryTests extends ChatTest {

	@Autowired
	UpdateIntake intake;
	@Autowired
	ChatMessenger messenger;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	OutboxRows outbox;

	@AfterEach
	void noMoreFaults() {
		telegram.injectFaults(FaultInjector.NONE);
	}

	@Test
	void updatesStoredBeforeACrashAreHandledAfterItInOrderAndOnce() throws Exception {
		var an = someOfficial("An", "vi");
		telegram.users().opensChat(an);
		// The bot stored a batch and died before handling it: the rows are there, unhandled.
		var batch = List.of(update(an, "/ngonngu en"), update(an, "/trogiup"), update(an, "/ngonngu vi"));
		intake.store(batch);
		assertThat(telegram.messagesIn(an.id())).isEmpty();

		intake.processStored();

		var replies = probe.awaitMessageTo(an.id(), m -> m.text().startsWith("Từ giờ"), WAIT);
		assertThat(telegram.messagesIn(an.id())).extracting(BotMessage::text).satisfiesExactly(
				first -> assertThat(first).isEqualTo("From now on I will answer you in English."),
				second -> assertThat(second).startsWith("<b>CCHC Assistant</b>"),
				third -> assertThat(third).isEqualTo(replies.text()));
		assertThat(jdbc.sql("select outcome from telegram_update where user_id = :id order by update_id")
			.param("id", an.id()).query(String.class).list()).containsExactly("HANDLED", "HANDLED", "HANDLED");

		// Handling again (a second start) and Telegram delivering the batch again both change nothing.
		intake.processStored();
		intake.consume(batch);
		assertThat(replyTo(an, "/ngonngu").text()).contains("/ngonngu vi");
		assertThat(telegram.messagesIn(an.id())).hasSize(4);
	}

	@Test
	void aTooManyRequestsAnswerIsWaitedOutAndTheMessageArrivesOnce() {
		var binh = someOfficial("Bình", "vi");
		var calls = new CopyOnWriteArrayList<Long>();
		telegram.injectFaults(request -> {
			if (!request.is("sendMessage") || !Long.valueOf(binh.id()).equals(request.chatId())) {
				return Optional.empty();
			}
			calls.add(System.nanoTime());
			return calls.size() == 1 ? Optional.of(new FaultInjector.ApiError(429, "Too Many Requests: retry after 1", 1))
					: Optional.empty();
		});

		var reply = replyTo(binh, "/trogiup");

		assertThat(reply.text()).startsWith("<b>Trợ lý CCHC</b>");
		assertThat(telegram.messagesIn(binh.id())).hasSize(1);
		assertThat(calls).hasSize(2);
		assertThat(Duration.ofNanos(calls.get(1) - calls.get(0))).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void aMessageTelegramRefusesIsRecordedAndListedForTheCoordinator() {
		var chi = someone("Chi", "vi");
		telegram.users().opensChat(chi);
		telegram.injectFaults(request -> Long.valueOf(chi.id()).equals(request.chatId())
				? Optional.of(FaultInjector.ApiError.of(403, "Forbidden: bot was blocked by the user"))
				: Optional.empty());
		var coordinator = someone("Dung", "vi");
		register(coordinator, "Văn phòng - Thống kê", Role.COORDINATOR);

		messenger.send(chi.id(), Locale.forLanguageTag("vi"), "telegram.text.unknown");
		outbox.awaitStatesTo(chi.id(), WAIT, OutboxRows.State.FAILED);

		var list = replyTo(coordinator, "/loigui");
		assertThat(list.text()).startsWith("<b>⚠️ Tin nhắn chưa gửi được</b>")
			.contains("chat <code>" + chi.id() + "</code> · 1 lần thử")
			.contains("Tôi chưa hiểu tin nhắn này.")
			.contains("Forbidden: bot was blocked by the user");
		assertThat(telegram.messagesIn(chi.id())).isEmpty();
	}

	@Test
	void onlyTheCoordinatorSeesFailedMessages() {
		var em = someOfficial("Em", "vi");

		assertThat(replyTo(em, "/failed").text()).doesNotContain("Tin nhắn chưa gửi được");
	}

	private static Update update(ChatUser user, String text) {
		return HandmadeUpdates.text(user, text);
	}
}
