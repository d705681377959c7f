package vn.cchc.troly.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cchc.troly.people.InviteOutcome;
import vn.cchc.troly.people.Official;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.RedeemOutcome;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.people.Unit;
import vn.cchc.troly.people.UnitScope;
import vn.cchc.troly.people.Units;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.plan.PlanManagement;
import vn.cchc.troly.progress.Explanations;
import vn.cchc.troly.sandbox.BotMessage;
import vn.cchc.troly.sandbox.ChatUser;

/**
 * The province at work across two units, xã Phổ Châu (A) and phường Phổ Vinh (B), each with the seed
 * plan: its /xuat holds an overview and each unit's plan sheet as the unit's own /xuat has it; it asks
 * B's lead to explain an item and gets the answer, which B's summary and export show and A never sees;
 * it invites its own people, as the operator does, and a unit's coordinator cannot.
 */
@OwnDatabase("province_work")
class ProvinceWorkTests extends ChatTest {

	private static final String A = "UBND xã Phổ Châu";
	private static final String B = "UBND phường Phổ Vinh";
	private static final String OFFICE = "Văn phòng - Thống kê";
	private static final String JUSTICE = "Tư pháp - Hộ tịch";

	@Autowired
	Units units;
	@Autowired
	UnitScope scope;
	@Autowired
	PlanManagement plans;
	@Autowired
	PeopleManagement people;
	@Autowired
	Explanations explanations;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	PlanItems planItems;

	private Unit a;
	private Unit b;

	@BeforeEach
	void twoUnitsWithTheirPlans() {
		a = units.add(A);
		b = units.add(B);
		var seed = Path.of("src/test/resources/plans/pho-chau-2024.txt");
		plans.importPlan(seed, A);
		plans.importPlan(seed, B);
	}

	@Test
	void theProvinceExportHasAnOverviewAndEachUnitsPlanSheetAsItsOwnExport() throws Exception {
		var officeA = inUnit(a, "Văn Phòng An", OFFICE, Role.COORDINATOR);
		var officeB = inUnit(b, "Văn Phòng Bình", OFFICE, Role.COORDINATOR);
		var province = ofProvince("Sở Nội Vụ Hà");
		assertThat(replyTo(officeA, "/so 2.2 97,5").text()).contains("97,5%");
		assertThat(replyTo(officeB, "/so 2.2 99").text()).contains("99%");

		var export = replyTo(province, "/xuat");
		assertThat(export.kind()).isEqualTo("document");
		assertThat(export.file().fileName()).isEqualTo("tinh-hinh-cac-don-vi-2024-06-14.xlsx");
		assertThat(export.text()).startsWith("📊 Tình hình các đơn vị: trang Tổng quan");
		var ownA = sheet(replyTo(officeA, "/xuat"), "Kế hoạch");
		var ownB = sheet(replyTo(officeB, "/xuat"), "Kế hoạch");
		try (var workbook = workbook(export)) {
			assertThat(sheetNames(workbook)).containsExactly("Tổng quan", "Phổ Vinh", "Phổ Châu");
			// Each unit's sheet is what the unit's own /xuat has on its plan sheet, cell for cell.
			assertThat(rows(workbook.getSheet("Phổ Châu"))).isEqualTo(ownA).anySatisfy(
					row -> assertThat(row).startsWith("2.2").anySatisfy(cell -> assertThat(cell).startsWith("97,5%")));
			assertThat(rows(workbook.getSheet("Phổ Vinh"))).isEqualTo(ownB).noneSatisfy(
					row -> assertThat(row).anySatisfy(cell -> assertThat(cell).contains("97,5%")));

			var overview = rows(workbook.getSheet("Tổng quan"));
			assertThat(overview.get(0).get(0)).isEqualTo(
					"Tình hình thực hiện kế hoạch khắc phục hạn chế CCHC của các đơn vị, đến ngày 14/06/2024");
			assertThat(overview.get(1)).containsExactly("STT", "Đơn vị", "Trang", "Kế hoạch", "Năm", "Số mục", "🟢 Đạt",
					"🟡 Gần đạt", "🔴 Chưa đạt", "⚪ Chưa có số liệu", "Quá hạn", "Chỉ tiêu định lượng đạt",
					"Cập nhật gần nhất");
			var vinh = overview.get(2);
			var chau = overview.get(3);
			var items = String.valueOf(scope.within(a.unitId(), () -> planItems.current().size()));
			assertThat(vinh).startsWith("1", B, "Phổ Vinh").contains("2024", items).endsWith("14/06/2024");
			assertThat(chau).startsWith("2", A, "Phổ Châu").contains("2024", items).endsWith("14/06/2024");
			// 2.2 (> 98%) is 🟢 at 99 in B and 🟡 at 97,5 in A; nothing else has a figure.
			assertThat(vinh.subList(6, 9)).containsExactly("1", "0", "0");
			assertThat(chau.subList(6, 9)).containsExactly("0", "1", "0");
			assertThat(vinh.get(11)).startsWith("1/");
			assertThat(chau.get(11)).startsWith("0/").endsWith("(0%)");
		}
	}

	@Test
	void theProvinceAsksOneUnitsLeadAndOnlyThatUnitSeesTheAnswer() throws Exception {
		clock.setLocal("2024-06-17T08:00");
		var officeA = inUnit(a, "Văn Phòng Chi", OFFICE, Role.COORDINATOR);
		var officeB = inUnit(b, "Văn Phòng Dũng", OFFICE, Role.COORDINATOR);
		var leadA = inUnit(a, "Hộ Tịch Châu", JUSTICE, Role.OFFICIAL);
		var leadB = inUnit(b, "Hộ Tịch Vinh", JUSTICE, Role.OFFICIAL);
		replyTo(leadA, "/viec");
		replyTo(leadB, "/viec");
		var province = ofProvince("Sở Nội Vụ Hoa");
		probe.awaitReplies(telegram.users().sends(province, "/start"), 2, WAIT);

		assertThat(replyTo(province, "/giaitrinh").text()).startsWith("Không có yêu cầu giải trình nào của bạn đang chờ.");
		assertThat(replyTo(province, "/giaitrinh Phổ 2.1 vì sao?").text()).startsWith("Có nhiều đơn vị khớp với «Phổ»:")
			.contains("• " + A).contains("• " + B);
		assertThat(replyTo(province, "/giaitrinh Tịnh Khê 2.1").text()).startsWith("Không tìm thấy đơn vị «Tịnh Khê»");

		var asked = replyTo(province, "/giaitrinh Phổ Vinh 2.1 Vì sao chưa có kiến nghị nào?");
		assertThat(asked.text()).startsWith("✅ Đã gửi yêu cầu giải trình mục <b>2.1</b> ")
			.contains("của <b>" + B + "</b> đến Hộ Tịch Vinh.");
		var request = probe.awaitMessageTo(leadB.id(),
				m -> m.text().startsWith("❓ <b>Sở Nội Vụ Hoa (tỉnh)</b> yêu cầu giải trình mục <b>2.1</b>"), WAIT);
		assertThat(request.text()).contains("Câu hỏi: «Vì sao chưa có kiến nghị nào?»").contains("Trạng thái: ");
		assertThat(replyTo(province, "/giaitrinh").text()).startsWith("<b>Yêu cầu giải trình đang chờ trả lời</b> (1)\n<b>"
				+ B + "</b>\n❓ <b>2.1</b> Sở Nội Vụ Hoa yêu cầu lúc 17/06/2024 08:00");

		clock.advance(Duration.ofHours(2));
		var prompt = replyTo(telegram.users().presses(leadB, request, request.buttonData().get(0)));
		assertThat(prompt.text()).startsWith("Gõ nội dung giải trình mục <b>2.1</b>");
		assertThat(replyTo(leadB, "Đã tổng hợp 2 kiến nghị, tuần này gửi.").text())
			.isEqualTo("✅ Đã gửi giải trình mục <b>2.1</b> cho Sở Nội Vụ Hoa và lưu cùng mục.");
		var answer = probe.awaitMessageTo(province.id(), m -> m.text().startsWith("💬 <b>Hộ Tịch Vinh</b>"), WAIT);
		assertThat(answer.text()).startsWith("💬 <b>Hộ Tịch Vinh</b> (" + B + ") giải trình mục <b>2.1</b> ")
			.endsWith(":\n«Đã tổng hợp 2 kiến nghị, tuần này gửi.»\n(lúc 17/06/2024 10:00)");
		assertThat(replyTo(province, "/giaitrinh").text()).startsWith("Không có yêu cầu giải trình nào của bạn đang chờ.");

		// B's summary and export carry it; A's show nothing of it, and A's lead was never asked.
		var summaryB = probe.awaitReplies(telegram.users().sends(officeB, "/tonghop"), 2, WAIT).get(0);
		assertThat(summaryB.text()).contains("💬 <b>2.1</b> Hộ Tịch Vinh: Đã tổng hợp 2 kiến nghị")
			.contains("(theo yêu cầu của Sở Nội Vụ Hoa)");
		var summaryA = probe.awaitReplies(telegram.users().sends(officeA, "/tonghop"), 2, WAIT).get(0);
		assertThat(summaryA.text()).doesNotContain("Hộ Tịch Vinh").doesNotContain("Sở Nội Vụ Hoa");
		assertThat(sheet(replyTo(officeB, "/xuat"), "Giải trình")).anySatisfy(row -> assertThat(row).containsSubsequence(
				"2.1", "17/06/2024 08:00", "Sở Nội Vụ Hoa", "Vì sao chưa có kiến nghị nào?", "17/06/2024 10:00",
				"Hộ Tịch Vinh", "Đã tổng hợp 2 kiến nghị, tuần này gửi."));
		assertThat(sheet(replyTo(officeA, "/xuat"), "Giải trình")).hasSize(2);
		assertThat(telegram.messagesIn(leadA.id())).noneSatisfy(m -> assertThat(m.text()).contains("Sở Nội Vụ Hoa"));

		// From A's item on the province's screen: the button names the unit, then the question is typed.
		var item = replyTo(province, "/tinhhinh xã Phổ Châu 2.1");
		assertThat(item.buttonLabels()).containsExactly("❓ Yêu cầu giải trình");
		assertThat(item.buttonData()).containsExactly("explain:unit:" + a.id() + ":2.1");
		// The same button forwarded to a unit's coordinator asks nothing.
		var forged = telegram.users().presses(officeB, item, item.buttonData().get(0));
		assertThat(probe.callbackAnswer(forged, WAIT)).hasValueSatisfying(
				alert -> assertThat(alert.param("text")).startsWith("Không có mục này trong kế hoạch hiện hành."));
		var notePrompt = replyTo(telegram.users().presses(province, item, item.buttonData().get(0)));
		assertThat(notePrompt.text()).startsWith("Bạn muốn người tham mưu của <b>" + A + "</b> giải trình điều gì về mục <b>2.1</b>");
		assertThat(replyTo(province, "Tiến độ thế nào?").text())
			.startsWith("✅ Đã gửi yêu cầu giải trình mục <b>2.1</b> ").contains("của <b>" + A + "</b> đến Hộ Tịch Châu.");
		assertThat(probe.awaitMessageTo(leadA.id(), m -> m.text().startsWith("❓ <b>Sở Nội Vụ Hoa (tỉnh)</b>"), WAIT).text())
			.contains("Câu hỏi: «Tiến độ thế nào?»");

		// A request left unanswered is reminded once, in its own unit, to its lead.
		clock.advance(Duration.ofDays(3));
		scope.run(a.unitId(), explanations::remindUnanswered);
		var reminder = probe.awaitMessageTo(leadA.id(), m -> m.text().startsWith("⏰ Nhắc lại: <b>Sở Nội Vụ Hoa (tỉnh)</b>"),
				WAIT);
		assertThat(reminder.text()).contains("mục <b>2.1</b>");
	}

	@Test
	void theProvinceInvitesItsOwnAsTheOperatorDoesAndAUnitsCoordinatorCannot() {
		// The operator's `invite --role province` makes this invite.
		var first = (InviteOutcome.Created) people.createInvite("Sở Nội vụ", Role.PROVINCE, null);
		var lan = someone("Sở Nội Vụ Lan", "vi");
		var welcome = probe.awaitReplies(telegram.users().sends(lan, "/start " + first.code()), 2, WAIT);
		assertThat(welcome.get(0).text()).contains("vai trò <b>tỉnh (Sở Nội vụ)</b>");
		assertThat(welcome.get(1).text()).startsWith("Bạn theo dõi các xã, phường của tỉnh");
		assertThat(people.findByTelegramUser(lan.id())).get().satisfies(o -> assertThat(o.isProvince()).isTrue());

		// Their help lists what these commands do for them.
		assertThat(replyTo(lan, "/trogiup").text()).contains("Mời cán bộ của tỉnh: /moi &lt;chức danh&gt; tinh")
			.contains("Tải tệp Excel của mọi đơn vị").contains("Yêu cầu một đơn vị giải trình");

		var invites = probe.awaitReplies(telegram.users().sends(lan, "/moi Chuyên viên Sở Nội vụ tinh"), 2, WAIT);
		assertThat(invites.get(0).text()).startsWith("✅ Đã tạo liên kết mời dùng một lần.")
			.contains("Chức danh: <b>Chuyên viên Sở Nội vụ</b>").contains("Vai trò: tỉnh (Sở Nội vụ)");
		assertThat(invites.get(1).text()).startsWith("Mời anh/chị dùng Trợ lý CCHC với chức danh Chuyên viên Sở Nội vụ của tỉnh");
		var code = Pattern.compile("/start (\\S+)</code>").matcher(invites.get(1).text()).results().findFirst()
			.orElseThrow().group(1);
		var minh = someone("Sở Nội Vụ Minh", "vi");
		assertThat(probe.awaitReplies(telegram.users().sends(minh, "/start " + code), 2, WAIT).get(1).text())
			.startsWith("Bạn theo dõi các xã, phường của tỉnh");
		assertThat(people.findByTelegramUser(minh.id())).get().satisfies(o -> {
			assertThat(o.isProvince()).isTrue();
			assertThat(o.hasRole(Role.PROVINCE)).isTrue();
		});

		var coordinator = inUnit(a, "Văn Phòng Giao", OFFICE, Role.COORDINATOR);
		var before = jdbc.queryForObject("select count(*) from invite", Integer.class);
		assertThat(replyTo(lan, "/moi Tư pháp - Hộ tịch").text()).startsWith("Cán bộ của tỉnh chỉ mời cán bộ của tỉnh");
		assertThat(replyTo(lan, "/moi Chủ tịch UBND xã lanhdao").text()).startsWith("Cán bộ của tỉnh chỉ mời cán bộ của tỉnh");
		assertThat(replyTo(coordinator, "/moi Sở Nội vụ tinh").text())
			.startsWith("Chỉ cán bộ của tỉnh (hoặc quản trị viên máy chủ) mời được cán bộ của tỉnh.");
		assertThat(jdbc.queryForObject("select count(*) from invite", Integer.class)).isEqualTo(before);
	}

	/** Someone registered in a unit the way an invite of its coordinator does it. */
	private ChatUser inUnit(Unit unit, String name, String position, Role role) {
		var user = someone(name, "vi");
		var invite = scope.within(unit.unitId(), () -> (InviteOutcome.Created) people.createInvite(position, role, null));
		redeem(invite, user);
		return user;
	}

	private ChatUser ofProvince(String name) {
		var user = someone(name, "vi");
		redeem((InviteOutcome.Created) people.createInvite("Sở Nội vụ", Role.PROVINCE, null), user);
		return user;
	}

	private Official redeem(InviteOutcome.Created invite, ChatUser user) {
		return ((RedeemOutcome.Registered) people.redeem(invite.code(), user.id(), user.firstName(), user.username()))
			.official();
	}

	private static XSSFWorkbook workbook(BotMessage message) throws Exception {
		return new XSSFWorkbook(new ByteArrayInputStream(message.file().bytes()));
	}

	private static List<String> sheetNames(XSSFWorkbook workbook) {
		var names = new ArrayList<String>();
		workbook.forEach(sheet -> names.add(sheet.getSheetName()));
		return names;
	}

	private static List<List<String>> sheet(BotMessage export, String name) throws Exception {
		try (var workbook = workbook(export)) {
			return rows(workbook.getSheet(name));
		}
	}

	private static List<List<String>> rows(Sheet sheet) {
		var format = new DataFormatter();
		var rows = new ArrayList<List<String>>();
		for (Row row : sheet) {
			var cells = new ArrayList<String>();
			row.forEach(cell -> cells.add(format.formatCellValue(cell)));
			rows.add(cells);
		}
		return rows;
	}
}
