package vn.cchc.troly.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.cchc.troly.LogCapture;
import vn.cchc.troly.chat.ChatTest;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.sandbox.BotMessage;
import vn.cchc.troly.sandbox.ChatUser;

/** The chat adapter end to end: real client, long polling, the in-JVM Bot API server. */
class ChatFoundationTests extends ChatTest {

	@Test
	void helpListsEveryCommandInVietnamese() {
		var an = someOfficial("An", "vi");

		var help = replyTo(an, "/trogiup");

		assertThat(help.parseMode()).isEqualToIgnoringCase("HTML");
		assertThat(help.text()).startsWith("<b>Trợ lý CCHC</b>")
			.contains("/trogiup (/help): Xem hướng dẫn và các lệnh")
			.contains("/ngonngu (/lang): Đổi ngôn ngữ");
	}

	@Test
	void helpIsInEnglishForAnEnglishTelegramAndFindsTheAliasInAnyCase() {
		var bob = someOfficial("Bob", "en-GB");

		var help = replyTo(bob, "/HELP@" + BOT_USERNAME.toUpperCase());

		assertThat(help.text()).startsWith("<b>CCHC Assistant</b>")
			.contains("commune's plan")
			.contains("/help (/trogiup): Show the guide and the commands")
			.contains("/lang (/ngonngu): Change language");
	}

	@Test
	void theChosenLanguageWinsOverTelegramsAndCanBeChangedBack() {
		var binh = someOfficial("Bình", "vi");

		assertThat(replyTo(binh, "/ngonngu en").text()).isEqualTo("From now on I will answer you in English.");
		assertThat(replyTo(binh, "/trogiup").text()).startsWith("<b>CCHC Assistant</b>");

		assertThat(replyTo(binh, "/lang vi").text()).isEqualTo("Từ giờ tôi sẽ trả lời bạn bằng tiếng Việt.");
		assertThat(replyTo(binh, "/help").text()).startsWith("<b>Trợ lý CCHC</b>");
	}

	@Test
	void anUnknownLanguageIsNamedBackEscaped() {
		var chi = someOfficial("Chi", null);

		assertThat(replyTo(chi, "/ngonngu <fr>").text())
			.isEqualTo("Tôi chưa có ngôn ngữ <code>&lt;fr&gt;</code>. Chọn <code>/ngonngu vi</code> hoặc <code>/ngonngu en</code>.");
	}

	@Test
	void anUnknownCommandIsNamedBackWithTheUsersTextEscaped() {
		var dung = someOfficial("Dũng", "vi");

		var reply = replyTo(dung, "/<b>x & y");

		assertThat(reply.text())
			.isEqualTo("Tôi không có lệnh <code>/&lt;b&gt;x</code>. Gõ /trogiup để xem các lệnh.");
	}

	@Test
	void plainTextNobodyHandlesGetsAHint() {
		var giang = someOfficial("Giang", "vi");

		assertThat(replyTo(giang, "xin chào").text()).isEqualTo("Tôi chưa hiểu tin nhắn này. Gõ /trogiup để xem các lệnh.");
	}

	@Test
	void inAGroupTheBotAnswersItsCommandsAndIgnoresOthers() {
		var leaders = someGroup("Lãnh đạo UBND xã");
		var ha = someOfficial("Hà", "vi");

		telegram.users().sendsIn(leaders, ha, "/start@another_bot");
		telegram.users().sendsIn(leaders, ha, "chào cả nhà");
		var help = probe.awaitReply(telegram.users().sendsIn(leaders, ha, "/trogiup@" + BOT_USERNAME), WAIT);

		assertThat(help.text()).startsWith("<b>Trợ lý CCHC</b>");
		// Updates are handled in order: had the first two been answered, those answers would be here.
		assertThat(telegram.messagesIn(leaders.id())).hasSize(1);
	}

	@Test
	void theCommandMenuIsSetInVietnameseForEveryoneAndInEnglishForEnglishApps() {
		var vietnamese = probe.awaitRequest("setMyCommands", r -> r.param("language_code") == null, WAIT);
		var english = probe.awaitRequest("setMyCommands", r -> "en".equals(r.param("language_code")), WAIT);

		assertThat(vietnamese.json("scope").get("type").asString()).isEqualTo("default");
		assertThat(english.json("scope").get("type").asString()).isEqualTo("default");
		assertThat(commands(vietnamese.json("commands"))).contains("trogiup: Xem hướng dẫn và các lệnh",
				"ngonngu: Đổi ngôn ngữ: /ngonngu vi hoặc /ngonngu en");
		assertThat(commands(english.json("commands"))).contains("help: Show the guide and the commands",
				"lang: Change language: /lang en or /lang vi");
		assertThat(commands(english.json("commands"))).as("test-only commands stay out of the menu")
			.noneMatch(c -> c.startsWith("long") || c.startsWith("broken"));
	}

	@Test
	void eachOneIsOfferedOnlyTheCommandsTheyMayUseWhereTheyAre() {
		var official = someOfficial("Ánh", "vi");
		var coordinator = someone("Điệp", "vi");
		register(coordinator, "Văn phòng - Thống kê", Role.COORDINATOR);
		var leader = someone("Lee", "en");
		register(leader, "Chủ tịch UBND xã", Role.LEADER);
		var group = someGroup("Lãnh đạo xã (menu)");

		var coordinatorMenu = menuOnceItOffers(coordinator, "vi", "moi");
		var leaderMenu = menuOnceItOffers(leader, "en", "status");
		var officialMenu = names(telegram.menuSeenIn(official.id(), "vi"));
		var groupMenu = names(telegram.menuSeenIn(group.id(), "vi"));

		assertThat(officialMenu).contains("viec", "so", "capnhat", "hoantac", "lichsu", "trogiup", "ngonngu")
			.doesNotContain("moi", "xuat", "tinhhinh", "nhacviec", "loigui", "nhomlanhdao");
		assertThat(coordinatorMenu).contains("viec", "so", "moi", "xuat", "tinhhinh", "chuabaocao", "nhacviec", "han",
				"loigui").doesNotContain("nhomlanhdao");
		assertThat(leaderMenu).contains("status", "missing", "export", "figure").doesNotContain("invite", "failed");
		assertThat(groupMenu).contains("tinhhinh", "nhomlanhdao", "trogiup").doesNotContain("so", "viec", "moi");
	}

	/** The user's own menu is set in the background after they join: waits for it. */
	private java.util.List<String> menuOnceItOffers(ChatUser user, String language, String command) {
		return probe.await(() -> {
			var names = names(telegram.menuSeenIn(user.id(), language));
			return names.contains(command) ? names : null;
		}, WAIT, "a menu offering /" + command);
	}

	private static java.util.List<String> names(tools.jackson.databind.JsonNode commands) {
		var list = new java.util.ArrayList<String>();
		if (commands != null) {
			commands.forEach(c -> list.add(c.get("command").asString()));
		}
		return list;
	}

	@Test
	void aFailingHandlerEndsInAnApologyAndTheNextMessageIsAnswered() {
		var khoa = someOfficial("Khoa", "vi");

		assertThat(replyTo(khoa, "/hong").text()).startsWith("Xin lỗi, đã có lỗi khi xử lý tin nhắn của bạn.");
		assertThat(replyTo(khoa, "/trogiup").text()).startsWith("<b>Trợ lý CCHC</b>");
	}

	@Test
	void aHandlerThrowingAnErrorEndsInAnApologyAndPollingGoesOn() {
		var nga = someOfficial("Nga", "vi");

		// An Error passes every catch of RuntimeException; had it reached the library's poll, polling would end.
		assertThat(replyTo(nga, "/hong_nang").text()).startsWith("Xin lỗi, đã có lỗi khi xử lý tin nhắn của bạn.");
		assertThat(replyTo(nga, "/trogiup").text()).startsWith("<b>Trợ lý CCHC</b>");
	}

	@Test
	void theTokenNeverAppearsInTheLog() throws Exception {
		var lan = someOfficial("Lan", "vi");
		replyTo(lan, "/hong");

		// Everything this JVM logged so far, whichever contexts started since (LogCapture).
		var log = Files.readString(LogCapture.currentLog(), StandardCharsets.UTF_8);

		assertThat(log).contains("Update").contains("<token>").doesNotContain(TOKEN);
		assertThat(log).doesNotContain(TOKEN.substring(TOKEN.indexOf(':') + 1));
	}

	@Test
	void aRedeliveredUpdateIsHandledOnce() throws Exception {
		var minh = someOfficial("Minh", "vi");
		var first = telegram.users().sends(minh, "/trogiup");
		replyTo(first);
		probe.awaitConfirmed(first, WAIT);

		// The application restarts and Telegram, never told the update was handled, sends it again.
		restartPolling();
		var again = telegram.redeliver(first);
		probe.awaitConfirmed(again, WAIT);

		assertThat(telegram.messagesIn(minh.id())).hasSize(1);
		assertThat(replyTo(minh, "/ngonngu").text()).contains("/ngonngu vi");
	}

	@Test
	void aLongReplyIsSplitOnLineBoundariesIntoValidMessages() {
		var nam = someOfficial("Nam", "vi");

		telegram.users().sends(nam, "/dai");
		probe.awaitMessageTo(nam.id(), m -> m.text().contains("<b>Dòng 400:</b>"), WAIT);
		var parts = telegram.messagesIn(nam.id());

		// The server refuses a text over 4,096 characters or with broken HTML: all parts got through.
		assertThat(parts).hasSizeBetween(4, 6).allSatisfy(part -> {
			assertThat(part.text().length()).isLessThanOrEqualTo(4096);
			assertThat(part.text()).doesNotStartWith("\n").doesNotEndWith("\n");
		});
		var visible = parts.stream().map(BotMessage::text).collect(Collectors.joining("\n"))
			.replaceAll("<[^>]*>", "");
		assertThat(visible).contains("• Dòng 1: tỷ lệ &lt; 98% &amp; cần cập nhật\n• Dòng 2:")
			.contains("• Dòng 399: tỷ lệ &lt; 98% &amp; cần cập nhật\n• Dòng 400:");
		for (var i = 1; i <= 400; i++) {
			assertThat(visible).as("line %d once", i).containsOnlyOnce("Dòng " + i + ":");
		}
	}

	@Test
	void anEditedMessageIsNotReadAgain() {
		var oanh = someOfficial("Oanh", "vi");
		var original = telegram.users().sends(oanh, "/trogiup");
		replyTo(original);

		var edit = telegram.users().edits(oanh, original, "/ngonngu en");

		assertThat(replyTo(edit).text()).isEqualTo("Tôi không đọc tin nhắn đã sửa. Vui lòng gửi một tin nhắn mới.");
	}

	@Test
	void aButtonPressEditsItsMessageAndTheTypedValueGoesToThePendingStep() {
		var yen = someOfficial("Yến", "vi");
		var menu = replyTo(yen, "/nut");
		assertThat(menu.buttonData()).containsExactly("pick:2.2");
		assertThat(menu.buttonLabels()).containsExactly("Xem hướng dẫn và các lệnh");

		telegram.users().presses(yen, menu, "pick:2.2");

		var edited = probe.awaitMessageTo(yen.id(), m -> m.messageId() == menu.messageId() && m.edits() == 1, WAIT);
		assertThat(edited.text()).isEqualTo("/so (/figure): 2.2");
		probe.awaitRequest("answerCallbackQuery", r -> "Xem hướng dẫn và các lệnh".equals(r.param("text")), WAIT);
		assertThat(replyTo(yen, "97,5 <b>").text()).isEqualTo("/so (/2.2): 97,5 &lt;b&gt;");
		assertThat(replyTo(yen, "98").text()).as("the step ended: a number alone asks which item it is for")
			.startsWith("Số liệu <b>98</b> này cho mục nào?");
	}

	@Test
	void aButtonNobodyHandlesAnymoreIsAnsweredSo() {
		var xuan = someOfficial("Xuân", "vi");
		var menu = replyTo(xuan, "/nut");

		var press = telegram.users().presses(xuan, menu, "gone:1");

		probe.awaitRequest("answerCallbackQuery", r -> "Nút này không còn dùng được nữa.".equals(r.param("text")), WAIT);
		probe.awaitConfirmed(press, WAIT);
		assertThat(telegram.messagesIn(xuan.id())).hasSize(1);
	}

	private static java.util.List<String> commands(tools.jackson.databind.JsonNode commands) {
		var list = new java.util.ArrayList<String>();
		commands.forEach(c -> list.add(c.get("command").asString() + ": " + c.get("description").asString()));
		return list;
	}
}
