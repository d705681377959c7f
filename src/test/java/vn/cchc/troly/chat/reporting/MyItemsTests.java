package vn.cchc.troly.chat.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.cchc.troly.chat.ChatTest;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.progress.ProgressManagement;
import vn.cchc.troly.sandbox.ChatUser;

/** /viec (/my): what an official leads, then what they support, one line each; an item's detail behind its button. */
class MyItemsTests extends ChatTest {

	/** Status (⏰ when stale), code, short title · figure or status word · days left. */
	private static final String ITEM_LINE = "[🟢🟡🔴⚪]⏰? <b>[0-9.]+</b> [^\\n]{1,40} · [^\\n]+ · (còn \\d+ ngày|đến hạn hôm nay|quá hạn \\d+ ngày)";

	@Autowired
	ProgressManagement progress;

	@Test
	void sevenItemsFitOnAPhoneScreenAndEachOpensItsDetail() {
		// Văn phòng - Thống kê leads seven items of the seed plan: 1.2, 2.2 and 3.1 to 3.5.
		var mai = someone("Mai Bảy", "vi");
		register(mai, "Văn phòng - Thống kê", Role.OFFICIAL);

		var list = replyTo(mai, "/viec");

		var lines = list.text().lines().toList();
		assertThat(lines).filteredOn(line -> line.matches(ITEM_LINE)).extracting(MyItemsTests::code)
			.containsExactly("1.2", "2.2", "3.1", "3.2", "3.3", "3.4", "3.5");
		assertThat(lines).startsWith("<b>📋 Việc của bạn</b>", "", "<b>Bạn tham mưu</b>")
			.endsWith("", "Bấm một mục bên dưới để xem chi tiết và cập nhật.");
		// What a phone shows without scrolling: at most 15 lines, under 1,000 characters as read.
		var shown = list.text().replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
		assertThat(shown.lines()).hasSizeLessThanOrEqualTo(15);
		assertThat(shown).hasSizeLessThan(1_000);
		assertThat(lines).anySatisfy(line -> assertThat(line)
			.contains(" <b>2.2</b> Tỷ lệ hồ sơ thủ tục hành chính do UBND… · ").endsWith(" · còn 200 ngày"));
		assertThat(list.buttonData()).containsExactly("item:1.2", "item:2.2", "item:3.1", "item:3.2", "item:3.3",
				"item:3.4", "item:3.5");
		assertThat(list.buttonLabels()).allMatch(label -> label.matches("[🟢🟡🔴⚪] [0-9.]+"));

		var detail = replyTo(telegram.users().presses(mai, list, "item:2.2"));

		assertThat(detail.text()).startsWith("""
				<b>📌 Mục 2.2</b> Tỷ lệ hồ sơ thủ tục hành chính do UBND xã tiếp nhận trong năm được giải quyết trước hạn, đúng hạn
				Bạn tham mưu mục này.
				Chỉ tiêu: &gt; 98%
				""")
			.containsPattern("\nTrạng thái: [🟢🟡🔴⚪] ")
			.contains("\nHạn: 31/12/2024 (còn 200 ngày) · theo kế hoạch, hằng năm\nBáo cáo gần nhất: ");
		assertThat(detail.buttonData()).containsExactly("rep:2.2", "note:2.2");
		assertThat(detail.buttonLabels()).containsExactly("📝 Gửi số liệu", "✍️ Ghi chú tiến độ");

		assertThat(replyTo(telegram.users().presses(mai, detail, "rep:2.2")).text())
			.startsWith("Gõ số liệu cho mục <b>2.2</b>");
		assertThat(replyTo(mai, "/huy").text()).startsWith("Đã huỷ.");
	}

	@Test
	void aQualitativeItemWithoutANoteSaysSoAnItemWithAFigureIsNeverWhiteAndTheClockIsExplained() {
		// A year no other test reports in: 1.2 has no note, and nobody reported for more than a period.
		clock.setLocal("2029-03-01T08:00");
		var hanh = someone("Hạnh", "vi");
		var official = register(hanh, "Văn phòng - Thống kê", Role.OFFICIAL);
		clock.setLocal("2029-03-12T08:00");

		var list = replyTo(hanh, "/viec");

		assertThat(list.text()).contains("\n⚪⏰ <b>1.2</b> Thực hiện các nhiệm vụ cấp trên giao · Chưa có ghi chú · còn 294 ngày\n")
			.contains("\n⚪⏰ <b>2.2</b> Tỷ lệ hồ sơ thủ tục hành chính do UBND… · Chưa có số liệu · còn 294 ngày\n")
			.contains("\n\n⏰ Chưa cập nhật quá 7 ngày\n\n");
		var detail = replyTo(telegram.users().presses(hanh, list, "item:1.2"));
		assertThat(detail.text()).contains("\nChỉ tiêu: Thực hiện đầy đủ, kịp thời các nhiệm vụ được giao.\n"
				+ "Chưa có số liệu hay ghi chú năm nay.\nTrạng thái: ⚪ Chưa có ghi chú ⏰\n");
		assertThat(detail.buttonData()).as("a qualitative item takes notes").containsExactly("note:1.2");

		progress.recordFigure(official, "2.2", "97,5");
		var after = replyTo(hanh, "/viec");
		// Dated after other tests' clocks: undone, it makes 2.2 look reported to none of them.
		progress.undoLast(official.officialId());

		assertThat(after.text()).contains("\n🟡 <b>2.2</b> Tỷ lệ hồ sơ thủ tục hành chính do UBND… · 97,5% · còn 294 ngày\n")
			.contains("\n⏰ Chưa cập nhật quá 7 ngày\n");
	}

	@Test
	void ledItemsComeBeforeSupportedOnes() {
		// A year of its own: 3.4's figure is the lead's, and the chat tests share one database.
		clock.setLocal("2029-09-20T10:00");
		var nga = supporterOf34("Nga", "vi");
		var official = register(nga, "Tư pháp - Hộ tịch", Role.OFFICIAL);
		var lead = register(someone("Lý", "vi"), "Văn phòng - Thống kê", Role.OFFICIAL);
		progress.recordFigure(lead, "3.4", "74");
		// Nga only supports 3.4: her figure is a proposal and shows nowhere until the lead confirms it.
		progress.recordFigure(official, "3.4", "90");

		var reply = replyTo(nga, "/viec");
		var supported = replyTo(telegram.users().presses(nga, reply, "item:3.4"));
		// Dated after other tests' clocks: undone, they make 3.4 look reported to none of them.
		progress.undoLast(official.officialId());
		progress.undoLast(lead.officialId());

		// Nga joined today: 2.1 is not ⏰ before a whole reporting period has passed, and no line explains ⏰.
		assertThat(reply.text()).isEqualTo("""
				<b>📋 Việc của bạn</b>

				<b>Bạn tham mưu</b>
				⚪ <b>2.1</b> Các ý kiến, kiến nghị cải cách TTHC… · Chưa có ghi chú · còn 102 ngày

				<b>Bạn phối hợp</b>
				🟡 <b>3.4</b> Tỷ lệ hồ sơ thực hiện thanh toán trực… · 74% · còn 102 ngày

				Bấm một mục bên dưới để xem chi tiết và cập nhật.""");
		assertThat(reply.buttonData()).containsExactly("item:2.1", "item:3.4");
		assertThat(reply.buttonLabels()).containsExactly("⚪ 2.1", "🟡 3.4");
		assertThat(supported.text()).contains("\nBạn phối hợp thực hiện mục này.\n")
			.contains("\nSố liệu mới nhất: <b>74%</b> (20/09/2029")
			.contains("\nTrạng thái: 🟡 Gần đạt — còn thiếu 1 điểm phần trăm\n");
	}

	@Test
	void anEnglishOfficialSeesTheListInEnglish() {
		clock.setLocal("2024-09-20T10:00");
		var jane = supporterOf34("Jane", "en");
		register(jane, "Tư pháp - Hộ tịch", Role.OFFICIAL);

		var reply = replyTo(jane, "/my");

		assertThat(reply.text()).startsWith("<b>📋 Your items</b>\n\n<b>You lead</b>\n")
			.contains(" <b>2.1</b> Các ý kiến, kiến nghị cải cách TTHC… · ")
			.contains("\n\n<b>You support</b>\n")
			.contains(" <b>3.4</b> Tỷ lệ hồ sơ thực hiện thanh toán trực… · ")
			.contains(" · 102 days left\n")
			.endsWith("Press an item below to see it in full and report on it.");
		var detail = replyTo(telegram.users().presses(jane, reply, "item:3.4"));
		assertThat(detail.text()).contains("\nYou support this item.\nTarget: &gt; 75%\n");
	}

	@Test
	void someoneWhoLeadsAndSupportsNothingIsToldSo() {
		var chu = someone("Chủ tịch", "vi");
		register(chu, "Chủ tịch UBND xã", Role.LEADER);

		var reply = replyTo(chu, "/viec");

		assertThat(reply.text()).isEqualTo("Bạn chưa tham mưu hay phối hợp mục nào trong kế hoạch hiện hành. "
				+ "Nếu thấy chưa đúng, hãy báo công chức Văn phòng - Thống kê.");
		assertThat(reply.buttonData()).isEmpty();
	}

	@Test
	void anItemThatIsNotTheirsShowsNothing() {
		var hoa = someOfficial("Hòa", "vi");
		var list = replyTo(hoa, "/viec");

		var press = telegram.users().presses(hoa, list, "item:2.2");

		assertThat(probe.callbackAnswer(press, WAIT)).hasValueSatisfying(answer -> assertThat(answer.param("text"))
			.isEqualTo("Mục 2.2 không có trong việc của bạn. Gõ /viec để xem lại."));
	}

	/** Thủ quỹ - Văn thư - lưu trữ supports 3.4 and leads nothing. */
	private ChatUser supporterOf34(String name, String language) {
		var user = someone(name, language);
		register(user, "Thủ quỹ - Văn thư - lưu trữ", Role.OFFICIAL);
		return user;
	}

	private static String code(String line) {
		return line.replaceAll("^.*?<b>([0-9.]+)</b>.*$", "$1");
	}
}
