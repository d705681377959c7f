package vn.cchc.troly.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.cchc.troly.chat.internal.CallbackHandler;
import vn.cchc.troly.chat.internal.ChatCommand;
import vn.cchc.troly.chat.internal.CommandRegistry;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.sandbox.BotMessage;

/** Who may do what: strangers reach only /start, roles guard the admin commands. */
class AccessTests extends ChatTest {

	private static final String POLITE = "Xin chào! Bạn chưa đăng ký dùng Trợ lý CCHC. Hãy xin công chức Văn phòng - Thống kê "
			+ "của UBND xã một liên kết mời, rồi mở liên kết đó để bắt đầu.";

	@Autowired
	PeopleManagement people;
	@Autowired
	JdbcClient jdbc;

	@Test
	void aStrangerGetsOnePoliteMessageForACommandTextAPhotoOrAFileAndNothingIsStored() {
		var stranger = someone("Lạ", "vi");
		var before = storedRows();

		assertThat(replyTo(stranger, "/viec").text()).isEqualTo(POLITE);
		assertThat(replyTo(stranger, "/trogiup").text()).isEqualTo(POLITE);
		assertThat(replyTo(stranger, "/ngonngu en").text()).isEqualTo(POLITE);
		assertThat(replyTo(stranger, "/khongcolenhnay").text()).isEqualTo(POLITE);
		assertThat(replyTo(stranger, "2.2 97,5").text()).isEqualTo(POLITE);
		assertThat(replyTo(telegram.users().sendsPhoto(stranger, "minh chứng 2.2")).text()).isEqualTo(POLITE);
		var last = replyTo(telegram.users().sendsDocument(stranger, "bao-cao.xlsx", null));
		assertThat(last.text()).isEqualTo(POLITE);

		assertThat(telegram.messagesIn(stranger.id())).extracting(BotMessage::text).hasSize(7).containsOnly(POLITE);
		assertThat(people.findByTelegramUser(stranger.id())).isEmpty();
		assertThat(storedRows()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from telegram_language where user_id = ?").param(stranger.id())
			.query(Integer.class).single()).isZero();
	}

	@Test
	void aStrangersButtonPressIsAnsweredWithThePoliteMessageAndDoesNothing() {
		var stranger = someone("Lạ", "vi");
		var message = replyTo(stranger, "xin chào");

		var press = telegram.users().presses(stranger, message, "undo:1");

		var answer = probe.awaitRequest("answerCallbackQuery",
				r -> r.param("callback_query_id") != null && POLITE.equals(r.param("text")), WAIT);
		assertThat(answer.param("show_alert")).isEqualTo("true");
		probe.awaitConfirmed(press, WAIT);
		assertThat(telegram.messagesIn(stranger.id())).hasSize(1).first().extracting(BotMessage::edits).isEqualTo(0);
	}

	@Test
	void anEnglishStrangerIsAnsweredInEnglish() {
		var stranger = someone("Alex", "en");

		assertThat(replyTo(stranger, "/my").text()).isEqualTo("Hello! You are not registered with the CCHC Assistant yet. "
				+ "Ask the commune's Office-Statistics officer for an invite link, then open it to start.");
	}

	@Test
	void anOfficialMayNotInviteAndIsToldWhoMay() {
		var an = someOfficial("An", "vi");
		var invites = invites();

		assertThat(replyTo(an, "/moi Tư pháp - Hộ tịch").text())
			.isEqualTo("Chức năng này chỉ dành cho công chức điều phối kế hoạch (Văn phòng - Thống kê).");
		assertThat(invites()).isEqualTo(invites);
	}

	@Test
	void anEnglishLeaderMayNotInviteEither() {
		var lee = someone("Lee", "en");
		register(lee, "Chủ tịch UBND xã", Role.LEADER);

		assertThat(replyTo(lee, "/invite Tư pháp - Hộ tịch").text())
			.isEqualTo("Only the plan coordinator (Office-Statistics officer) can use this.");
	}

	@Test
	void inAGroupPrivateCommandsPointToThePrivateChatAndStrangersTextIsIgnored() {
		var leaders = someGroup("Lãnh đạo xã");
		var an = someOfficial("An", "vi");
		var stranger = someone("Lạ", "vi");

		telegram.users().sendsIn(leaders, stranger, "chào cả nhà");
		var refused = probe.awaitReply(telegram.users().sendsIn(leaders, an, "/viec@" + BOT_USERNAME), WAIT);
		var polite = probe.awaitReply(telegram.users().sendsIn(leaders, stranger, "/trogiup@" + BOT_USERNAME), WAIT);

		assertThat(refused.text()).isEqualTo("Lệnh này chỉ dùng trong tin nhắn riêng với tôi. Hãy nhắn riêng cho tôi để dùng.");
		assertThat(polite.text()).isEqualTo(POLITE);
		assertThat(telegram.messagesIn(leaders.id())).hasSize(2);
	}

	@Test
	void everyCommandAndButtonDeclaresItsAccess() {
		assertThat(commands.commands()).filteredOn(c -> c.access() == Access.ANYONE).extracting(ChatCommand::alias)
			.containsExactly("start");
		assertThat(commands.find("moi")).hasValueSatisfying(c -> assertThat(c.access()).isEqualTo(Access.COORDINATOR));
		assertThat(commands.find("viec")).hasValueSatisfying(c -> assertThat(c.access()).isEqualTo(Access.REGISTERED));
		assertThat(commands.commands()).filteredOn(c -> c.chats() == Chats.ANY).extracting(ChatCommand::alias)
			.contains("help", "lang").doesNotContain("my", "start", "invite");
		assertThat(callbacks).filteredOn(h -> h.prefix().equals("undo:")).singleElement()
			.extracting(CallbackHandler::access).isEqualTo(Access.REGISTERED);
		assertThat(commands.find("tinhhinh")).hasValueSatisfying(c -> {
			assertThat(c.access()).isEqualTo(Access.LEADER_OR_COORDINATOR);
			assertThat(c.chats()).isEqualTo(Chats.PRIVATE_AND_LEADERSHIP_GROUP);
		});
		assertThat(commands.find("nhomlanhdao")).hasValueSatisfying(c -> {
			assertThat(c.access()).isEqualTo(Access.COORDINATOR);
			assertThat(c.chats()).isEqualTo(Chats.GROUPS);
		});
		assertThat(commands.commands()).filteredOn(c -> c.access() == Access.COORDINATOR).extracting(ChatCommand::alias)
			.containsExactlyInAnyOrder("invite", "importplan", "deadline", "remind", "complete", "gapsfrom", "failed",
					"setgroup");
		assertThat(commands.find("hoso")).hasValueSatisfying(c -> assertThat(c.access())
			.isEqualTo(Access.LEADER_OR_COORDINATOR));
		assertThat(commands.find("thieuhoso")).hasValueSatisfying(c -> assertThat(c.access())
			.isEqualTo(Access.LEADER_OR_COORDINATOR));
		assertThat(callbacks).filteredOn(h -> h.prefix().equals("summary:post")).singleElement()
			.extracting(CallbackHandler::access).isEqualTo(Access.COORDINATOR);
	}

	@Autowired
	CommandRegistry commands;
	@Autowired
	List<CallbackHandler> callbacks;

	private List<Integer> storedRows() {
		return List.of(count("official"), count("invite"), count("progress_report"), count("evidence"),
				count("telegram_conversation"));
	}

	private int invites() {
		return count("invite");
	}

	private int count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}
}
