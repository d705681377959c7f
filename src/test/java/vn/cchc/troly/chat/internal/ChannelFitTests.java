package vn.cchc.troly.chat.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.troly.chat.ReplyTexts.VI;
import static vn.cchc.troly.chat.ReplyTexts.texts;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.cchc.troly.chat.Button;
import vn.cchc.troly.chat.ChannelCapabilities;
import vn.cchc.troly.chat.ChatId;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.ChatRequest.ChatKind;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.UserId;

/**
 * A reply shaped for a channel that cannot show all of it, without Spring or a database: buttons as
 * numbered lines whose number, typed later, stands for the button; edits, alerts and files as plain
 * messages.
 */
class ChannelFitTests {

	private static final ChannelCapabilities NO_BUTTONS = new ChannelCapabilities(false, true, true, true, true);

	private final Reply itemsWithButtons = Reply.text("chat.report.pick.figure")
		.withButtons(List.of(Button.row(Button.of("chat.reminder.button", "rep:2.2", "2.2"),
				Button.of("chat.reminder.button", "rep:3.4", "3.4")),
				Button.row(Button.of("chat.report.button.undo", "undo:41"))));

	@Test
	void aChannelWithButtonsGetsTheReplyAsItIs() {
		var shaped = ChannelFit.shape(itemsWithButtons, ChannelCapabilities.ALL);

		assertThat(shaped.reply()).isSameAs(itemsWithButtons);
		assertThat(shaped.choices()).isEmpty();
	}

	@Test
	void withoutButtonsEachButtonIsANumberedLineInTheOrderShown() {
		var shaped = ChannelFit.shape(itemsWithButtons, NO_BUTTONS);

		assertThat(shaped.choices()).containsExactly("rep:2.2", "rep:3.4", "undo:41");
		var text = texts(shaped.reply(), VI).get(0);
		assertThat(text).endsWith("\nGõ 1: 📝 Cập nhật 2.2\nGõ 2: 📝 Cập nhật 3.4\nGõ 3: ↩️ Hoàn tác");
		assertThat(((Reply.Text) shaped.reply().parts().get(0)).buttons()).isEmpty();
		assertThat(texts(ChannelFit.shape(itemsWithButtons, NO_BUTTONS).reply(), Locale.ENGLISH).get(0))
			.contains("Type 1: 📝 Report 2.2");
	}

	@Test
	void aBareNumberStandsForItsButtonWhileTheChoicesArePending() {
		var pending = new Conversation(Conversations.CHOICES, null, Instant.now().plusSeconds(60),
				ChannelFit.shape(itemsWithButtons, NO_BUTTONS).choices());

		assertThat(ChatRouter.chosen(typed("2"), pending)).contains("rep:3.4");
		assertThat(ChatRouter.chosen(typed(" 3 "), pending)).contains("undo:41");
		assertThat(ChatRouter.chosen(typed("4"), pending)).as("no fourth button").isEmpty();
		assertThat(ChatRouter.chosen(typed("2.2 97,5"), pending)).as("a figure, not a choice").isEmpty();
		assertThat(ChatRouter.chosen(typed("2").asChoice("rep:3.4"), pending)).as("already a choice").isEmpty();
	}

	@Test
	void withoutEditsAlertsOrFilesTheReplyIsPlainMessages() {
		var textOnly = ChannelCapabilities.TEXT_ONLY;
		var pressed = Reply.edit("chat.summary.posted").and(Reply.answer("chat.summary.posted.short"));
		var refused = Reply.alert("chat.access.only.COORDINATOR");
		var export = Reply.document(new byte[] { 1 }, "bao-cao.xlsx", "chat.export.caption", "14/06/2024 16:00");

		assertThat(ChannelFit.shape(pressed, textOnly).reply().parts()).as("the notice repeats the edit: left out")
			.singleElement().isInstanceOf(Reply.Text.class);
		assertThat(texts(ChannelFit.shape(refused, textOnly).reply(), VI))
			.containsExactly("Chức năng này chỉ dành cho công chức điều phối kế hoạch (Văn phòng - Thống kê).");
		assertThat(texts(ChannelFit.shape(export, textOnly).reply(), VI)).singleElement().asString()
			.contains("bao-cao.xlsx");
		assertThat(texts(ChannelFit.shape(Reply.answer("telegram.callback.expired"), textOnly).reply(), VI))
			.as("a notice that is the whole answer").containsExactly("Nút này không còn dùng được nữa.");
	}

	private static ChatRequest typed(String text) {
		return ChatRequest.message(1, new UserId(7), "An", null, "vi", new ChatId(7), ChatKind.PRIVATE, null, 1, false,
				false, text, null, false, VI);
	}
}
