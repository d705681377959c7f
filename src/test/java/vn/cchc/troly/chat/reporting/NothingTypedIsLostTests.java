package vn.cchc.troly.chat.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import vn.cchc.troly.people.Role;
import vn.cchc.troly.sandbox.BotMessage;
import vn.cchc.troly.sandbox.ChatUser;

/**
 * Nothing an official types is lost: a message that starts with an item's code but is not a figure
 * is offered back as a figure to confirm or as a note; a long text as notes in parts or as evidence;
 * a number or a code alone is asked about. Item 4 (Số lượng doanh nghiệp/hộ kinh doanh …) is led by
 * Tài chính - Kế toán, 2.2 by Văn phòng - Thống kê, 1.1 (sáng kiến, a count) by Văn hóa - xã hội.
 * The tests that record figures run in a year of their own (the chat tests share one database).
 */
class NothingTypedIsLostTests extends ReportingTest {

	@Test
	void aSentenceAboutItem4BecomesANoteOrAConfirmedFigure() {
		clock.setLocal("2028-03-10T09:00");
		var hoa = someone("Hoà", "vi");
		var official = register(hoa, "Tài chính - Kế toán", Role.OFFICIAL);

		// A change, not the figure: offered as a note, with one button.
		var change = replyTo(hoa, "4 đã có thêm 3 hộ kinh doanh mới");
		assertThat(change.text()).startsWith("Ghi tin nhắn này thành ghi chú tiến độ cho mục <b>4</b>")
			.contains("<i>đã có thêm 3 hộ kinh doanh mới</i>")
			.contains("Muốn gửi số liệu thì gõ mã mục rồi con số.");
		assertThat(change.buttonLabels()).containsExactly("📝 Ghi thành ghi chú");
		assertThat(press(hoa, change, 0).text()).startsWith("✅ Đã ghi tiến độ cho mục <b>4</b>")
			.contains("<i>đã có thêm 3 hộ kinh doanh mới</i>");

		// "mục 4 15": the figure is offered back, recorded once confirmed.
		var offered = replyTo(hoa, "mục 4 15");
		assertThat(offered.text()).startsWith("Ghi số liệu <b>15</b> cho mục <b>4</b>?");
		assertThat(offered.buttonLabels()).containsExactly("✅ Ghi số liệu", "📝 Ghi thành ghi chú", "✖️ Huỷ");
		assertThat(reportsBy(official)).as("nothing recorded before the button").hasSize(1);
		assertThat(press(hoa, offered, 0).text()).startsWith("✅ Đã ghi số liệu <b>15</b> cho mục <b>4</b>");

		// "4 = 14": the same.
		var equals = replyTo(hoa, "4 = 14");
		assertThat(equals.text()).startsWith("Ghi số liệu <b>14</b> cho mục <b>4</b>?");
		assertThat(press(hoa, equals, 0).text()).startsWith("✅ Đã ghi số liệu <b>14</b> cho mục <b>4</b>");

		// A unit after the number, when it is what the item counts; another unit is refused with the item's example.
		assertThat(replyTo(hoa, "/so 4 16 hộ").text()).startsWith("✅ Đã ghi số liệu <b>16</b> cho mục <b>4</b>");
		assertThat(replyTo(hoa, "/so 4 16 người").text()).startsWith("⚠️ Số liệu cho mục 4 chưa hợp lệ.\n"
				+ "Chữ sau con số không phải thứ mà mục này đếm").doesNotContain("97,5").endsWith("Chưa lưu gì.");
		assertThat(replyTo(hoa, "/so 4 abc").text()).as("an increase's example, not a percentage's")
			.contains("Ví dụ: <code>/so 4 12</code>").doesNotContain("97,5");

		// A code alone asks for the figure (or a note); the next message answers it.
		assertThat(replyTo(hoa, "4").text()).startsWith("Gõ số liệu cho mục <b>4</b>").contains("hoặc một ghi chú tiến độ");
		assertThat(replyTo(hoa, "17").text()).startsWith("✅ Đã ghi số liệu <b>17</b> cho mục <b>4</b>");

		// A number alone asks which item, with the official's items as buttons.
		var which = replyTo(hoa, "18");
		assertThat(which.text()).startsWith("Số liệu <b>18</b> này cho mục nào?");
		assertThat(which.buttonLabels()).anySatisfy(label -> assertThat(label).startsWith("4 "));
		var forItem4 = which.buttonData().stream().filter(d -> d.endsWith(":i:4")).findFirst().orElseThrow();
		telegram.users().presses(hoa, which, forItem4);
		assertThat(edited(hoa, which).text()).startsWith("✅ Đã ghi số liệu <b>18</b> cho mục <b>4</b>");

		assertThat(reportsBy(official)).extracting(r -> r.get("kind")).containsExactly("NOTE", "FIGURE", "FIGURE",
				"FIGURE", "FIGURE", "FIGURE");
		assertThat(reportsBy(official)).filteredOn(r -> r.get("kind").equals("FIGURE"))
			.extracting(r -> ((BigDecimal) r.get("figure_value")).intValue()).containsExactly(15, 14, 16, 17, 18);
		assertThat(reportsBy(official).get(0).get("note")).isEqualTo("đã có thêm 3 hộ kinh doanh mới");
	}

	@Test
	void aPercentageInASentenceIsOfferedBackAndAnOlderOfferNoLongerActs() {
		clock.setLocal("2028-04-10T09:00");
		var gia = someone("Gia", "vi");
		var official = officeOfficial(gia);

		var first = replyTo(gia, "2.2 đạt 97,5% rồi");
		assertThat(first.text()).startsWith("Ghi số liệu <b>97,5%</b> cho mục <b>2.2</b>?")
			.contains("Tin nhắn của bạn: <i>đạt 97,5% rồi</i>");
		var second = replyTo(gia, "2.2 đạt 98% rồi");

		// Only the newest offer's buttons act.
		var stale = telegram.users().presses(gia, first, first.buttonData().get(0));
		assertThat(probe.callbackAnswer(stale, WAIT)).hasValueSatisfying(
				answer -> assertThat(answer.param("text")).startsWith("Tin nhắn này đã hết hạn chờ hoặc đã được xử lý."));
		assertThat(reportsBy(official)).isEmpty();

		assertThat(press(gia, second, 0).text()).startsWith("✅ Đã ghi số liệu <b>98%</b> cho mục <b>2.2</b>");
		// The same sentence may be kept as a note instead, or dropped.
		var asNote = replyTo(gia, "2.2 đạt 98% rồi, còn 1 hồ sơ trễ");
		assertThat(asNote.text()).startsWith("Ghi số liệu <b>98%</b> cho mục <b>2.2</b>?");
		assertThat(press(gia, asNote, 1).text()).startsWith("✅ Đã ghi tiến độ cho mục <b>2.2</b>");
		var dropped = replyTo(gia, "2.2 đạt 99% rồi");
		assertThat(press(gia, dropped, 2).text()).isEqualTo("Đã huỷ. Không có gì được lưu.");

		assertThat(reportsBy(official)).extracting(r -> r.get("kind")).containsExactly("FIGURE", "NOTE");
		assertThat(reportsBy(official).get(1).get("note")).isEqualTo("đạt 98% rồi, còn 1 hồ sơ trễ");
	}

	@Test
	void aFiveThousandCharacterMessageIsKeptAsNotesInPartsOrAsEvidence() {
		var lan = someone("Lành", "vi");
		var official = officeOfficial(lan);
		var text = fiveThousandCharacters();

		var offer = replyTo(lan, "2.2 " + text);
		assertThat(offer.text()).startsWith("Tin nhắn dài 5.000 ký tự, quá 1.000 ký tự của một ghi chú. "
				+ "Lưu cho mục <b>2.2</b>").doesNotContain("Tôi chưa hiểu");
		assertThat(offer.buttonLabels()).containsExactly("📝 Ghi thành 6 ghi chú", "📎 Lưu thành minh chứng (.txt)",
				"✖️ Huỷ");
		assertThat(press(lan, offer, 0).text())
			.startsWith("✅ Đã ghi 6 ghi chú cho mục <b>2.2</b>")
			.contains("(tin nhắn 5.000 ký tự, chia theo câu)");
		var notes = reportsBy(official);
		assertThat(notes).hasSize(6).allSatisfy(r -> {
			assertThat(r.get("kind")).isEqualTo("NOTE");
			assertThat(((String) r.get("note")).length()).isLessThanOrEqualTo(1000);
		});
		assertThat(String.join(" ", notes.stream().map(r -> (String) r.get("note")).toList())).isEqualTo(text);

		// Without a code: which item, then how to keep it; kept whole as evidence.
		var which = replyTo(lan, text);
		assertThat(which.text()).startsWith("Tin nhắn dài 5.000 ký tự. Lưu cho mục nào?");
		var for22 = which.buttonData().stream().filter(d -> d.endsWith(":i:2.2")).findFirst().orElseThrow();
		telegram.users().presses(lan, which, for22);
		var how = edited(lan, which);
		assertThat(how.text()).startsWith("Tin nhắn dài 5.000 ký tự, quá 1.000 ký tự của một ghi chú. Lưu cho mục <b>2.2</b>");
		telegram.users().presses(lan, how, how.buttonData().get(1));
		var kept = probe.awaitMessageTo(lan.id(), m -> m.messageId() == which.messageId() && m.edits() == 2, WAIT);
		assertThat(kept.text()).startsWith("📎 Đã lưu tin nhắn (5.000 ký tự) thành minh chứng của mục <b>2.2</b>")
			.contains(".txt");
		assertThat(evidenceBy(official)).singleElement().satisfies(e -> assertThat(e.get("code")).isEqualTo("2.2"));
		assertThat(reportsBy(official)).hasSize(6);
	}

	@Test
	void aMessageTelegramCutInTwoIsKeptWholeAndSentencesWithoutACodeAreOfferedAsANote() {
		var lam = someone("Lãm", "vi");
		var official = officeOfficial(lam);
		var text = fiveThousandCharacters();
		var whole = "2.2 " + text;
		// Telegram delivers a text over 4,096 characters as two messages, cut at a space; only the first has the code.
		var cut = whole.lastIndexOf(' ', 4096);

		var first = replyTo(lam, whole.substring(0, cut));
		assertThat(first.text()).startsWith("Tin nhắn dài " + String.format("%,d", cut - 4).replace(',', '.') + " ký tự");
		var second = replyTo(lam, whole.substring(cut + 1));
		assertThat(second.text()).startsWith("Tin nhắn dài 5.000 ký tự, quá 1.000 ký tự của một ghi chú. "
				+ "Lưu cho mục <b>2.2</b>");
		// Either message's buttons act on the whole text.
		assertThat(press(lam, first, 0).text()).startsWith("✅ Đã ghi 6 ghi chú cho mục <b>2.2</b>")
			.contains("(tin nhắn 5.000 ký tự, chia theo câu)");
		assertThat(String.join(" ", reportsBy(official).stream().map(r -> (String) r.get("note")).toList()))
			.isEqualTo(text);

		// Later, a few sentences without a code: a note for which item?
		clock.advance(java.time.Duration.ofMinutes(1));
		var sentences = "Đã họp với bộ phận Một cửa về các hồ sơ trễ hạn trong tuần. ".repeat(4).strip();
		var which = replyTo(lam, sentences);
		assertThat(which.text()).startsWith("Ghi tin nhắn này thành ghi chú tiến độ cho mục nào?");
		var for22 = which.buttonData().stream().filter(d -> d.endsWith(":i:2.2")).findFirst().orElseThrow();
		telegram.users().presses(lam, which, for22);
		assertThat(edited(lam, which).text()).startsWith("✅ Đã ghi tiến độ cho mục <b>2.2</b>");
		assertThat(reportsBy(official)).hasSize(7).last().satisfies(r -> assertThat(r.get("note")).isEqualTo(sentences));
		// A remark stays a remark.
		assertThat(replyTo(lam, "xin chào").text()).startsWith("Tôi chưa hiểu tin nhắn này.");
	}

	@Test
	void aCountTakesWholeNumbersAndEveryErrorShowsAnExampleOfTheItemsKind() {
		clock.setLocal("2028-05-10T09:00");
		var vy = someone("Vy", "vi");
		var official = register(vy, "Văn hóa - xã hội", Role.OFFICIAL);

		var half = replyTo(vy, "/so 1.1 2,5 sáng kiến");
		assertThat(half.text()).isEqualTo("""
				⚠️ Số liệu cho mục 1.1 chưa hợp lệ.
				Mục này đếm số lượng nên số liệu là số nguyên, không có phần lẻ.
				Ví dụ: <code>/so 1.1 3</code> (một số nguyên, không dùng % hay phân số).
				Chưa lưu gì.""");
		assertThat(replyTo(vy, "1.1 2,5").text()).isEqualTo(half.text());
		assertThat(replyTo(vy, "/so 1.1 abc").text()).contains("Ví dụ: <code>/so 1.1 3</code>").doesNotContain("%</code>");
		assertThat(replyTo(vy, "/so 1.1 2 sáng kiến").text()).startsWith("✅ Đã ghi số liệu <b>2</b> cho mục <b>1.1</b>");
		assertThat(reportsBy(official)).singleElement()
			.satisfies(r -> assertThat((BigDecimal) r.get("figure_value")).isEqualByComparingTo("2"));
	}

	/** Presses the offer's button at this index and returns the offer as the press edited it. */
	private BotMessage press(ChatUser user, BotMessage offer, int button) {
		telegram.users().presses(user, offer, offer.buttonData().get(button));
		return edited(user, offer);
	}

	private BotMessage edited(ChatUser user, BotMessage message) {
		return probe.awaitMessageTo(user.id(), m -> m.messageId() == message.messageId() && m.edits() == 1, WAIT);
	}

	/** 5,000 characters of sentences, as an official pastes a report. */
	private static String fiveThousandCharacters() {
		var text = new StringBuilder();
		var n = 1;
		while (text.length() < 4900) {
			text.append("Ngày ").append(n++).append(" bộ phận Một cửa đã tiếp nhận và giải quyết đúng hạn hồ sơ. ");
		}
		// The last sentence makes it exactly 5,000.
		var body = text.toString().strip();
		var rest = 5000 - body.length() - 1;
		return body + " Mã báo cáo " + "1".repeat(rest - "Mã báo cáo .".length()) + ".";
	}
}
