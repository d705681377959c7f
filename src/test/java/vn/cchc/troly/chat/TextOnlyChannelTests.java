package vn.cchc.troly.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.troly.chat.ReplyTexts.VI;
import static vn.cchc.troly.chat.ReplyTexts.texts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.cchc.troly.chat.ChatRequest.ChatKind;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.sandbox.ChatUser;

/**
 * The whole chat layer behind a channel that shows text only (no buttons, edits or files), driven
 * through {@link Assistant} as a second transport would drive it: buttons come as numbered lines,
 * and a bare number typed later does what pressing the button would.
 */
class TextOnlyChannelTests extends ChatTest {

	private static final AtomicInteger updates = new AtomicInteger(800_000_000);

	@Autowired
	Assistant assistant;

	@Test
	void numberedChoicesLeadFromTheItemsToAFigureAndItsUndo() {
		var ly = someone("Ly", "vi");
		register(ly, "Văn phòng - Thống kê", Role.OFFICIAL);

		var items = say(ly, "/viec");
		assertThat(items).containsPattern("\nGõ 1: [🟢🟡🔴⚪] 1\\.2\nGõ 2: [🟢🟡🔴⚪] 2\\.2\n");

		assertThat(say(ly, "2")).startsWith("📌 Mục 2.2 ").endsWith("\nGõ 1: 📝 Gửi số liệu\nGõ 2: ✍️ Ghi chú tiến độ");
		assertThat(say(ly, "1")).startsWith("Gõ số liệu cho mục 2.2");
		var recorded = say(ly, "97,5");
		assertThat(recorded).startsWith("✅ Đã ghi số liệu 97,5% cho mục 2.2").endsWith("Gõ 1: ↩️ Hoàn tác");

		assertThat(say(ly, "1")).startsWith("↩️ Đã hoàn tác số liệu 97,5% của bạn cho mục 2.2");
		assertThat(say(ly, "1")).as("the choice is still offered; the report is undone already")
			.startsWith("Không hoàn tác được");
	}

	@Test
	void aNumberWithNoChoicePendingIsAskedWhichItemItIsFor() {
		var vy = someone("Vy", "vi");
		register(vy, "Văn phòng - Thống kê", Role.OFFICIAL);

		// Not lost as "Tôi chưa hiểu": the official's measured items, as numbered choices.
		assertThat(say(vy, "1")).startsWith("Số liệu 1 này cho mục nào?")
			.contains("\nGõ 1: 2.2 · Tỷ lệ hồ sơ thủ tục hành chính do UBND…\n");
	}

	@Test
	void aDossierOverAChannelWithoutFilesSaysWhereToGetItAndLeavesNoFileBehind() throws IOException {
		var lam = someone("Lâm", "vi");
		register(lam, "Chủ tịch UBND xã", Role.LEADER);
		var folder = Path.of("target/test-data/dossier");
		var before = files(folder);

		assertThat(say(lam, "/hoso 1.2")).isEqualTo("Kênh này không gửi được tệp hoso-2024-muc-1.2.zip; "
				+ "hãy mở Trợ lý CCHC trên Telegram để nhận tệp.");
		// Nobody will send the .zip written for it: it is gone (what else is there, the outbox is sending).
		assertThat(before).containsAll(files(folder));
	}

	private static List<Path> files(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (var listed = Files.list(folder)) {
			return listed.toList();
		}
	}

	/** The first message of the answer to the user's text, as the channel shows it. */
	private String say(ChatUser user, String text) {
		var request = ChatRequest.message(updates.incrementAndGet(), new UserId(user.id()), user.firstName(),
				user.username(), user.languageCode(), new ChatId(user.id()), ChatKind.PRIVATE, null, 1, false, false,
				text, null, false, VI);
		return texts(assistant.answer(request, ChannelCapabilities.TEXT_ONLY), VI).get(0);
	}
}
