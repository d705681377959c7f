package vn.cchc.troly.chat.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.cchc.troly.chat.ChatTest;
import vn.cchc.troly.chat.OwnDatabase;
import vn.cchc.troly.people.InviteOutcome;
import vn.cchc.troly.people.Official;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.RedeemOutcome;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.people.Unit;
import vn.cchc.troly.people.UnitScope;
import vn.cchc.troly.people.Units;
import vn.cchc.troly.plan.PlanManagement;
import vn.cchc.troly.progress.FigureOutcome;
import vn.cchc.troly.progress.ProgressManagement;
import vn.cchc.troly.report.SchedulerPoll;
import vn.cchc.troly.report.Summaries;
import vn.cchc.troly.sandbox.BotMessage;
import vn.cchc.troly.sandbox.ChatUser;

/**
 * The province's view over three units in one database, on Friday 14/06/2024 16:00 (the reporting
 * period runs from 07/06): Phổ An reported 2.2 = 99 and 3.4 = 80 on 12/06 (both 🟢); Phổ Châu
 * reported 2.2 = 90 (🔴) on 01/06, nothing since; Phổ Vinh has no plan. Both plans are the seed
 * plan (ten items, eight of them numeric).
 */
@OwnDatabase("province_view")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvinceViewTests extends ChatTest {

	static final String PHO_CHAU = "UBND xã Phổ Châu";
	static final String PHO_AN = "UBND xã Phổ An";
	static final String PHO_VINH = "UBND xã Phổ Vinh";

	@Autowired PlanManagement plans;
	@Autowired PeopleManagement people;
	@Autowired ProgressManagement progress;
	@Autowired Units units;
	@Autowired UnitScope scope;
	@Autowired JdbcClient jdbc;
	@Autowired ApplicationContext context;
	@Autowired Summaries summaries;

	private Unit phoChau;
	private Unit phoAn;
	private Unit phoVinh;
	private ChatUser province;
	private ChatUser coordinatorChau;
	private ChatUser leaderAn;
	private ChatUser coordinatorAn;

	@BeforeAll
	void threeUnits() {
		clock.setLocal("2024-05-01T08:00");
		var plan = Path.of("src/test/resources/plans/pho-chau-2024.txt");
		plans.importPlan(plan, null);
		plans.importPlan(plan, PHO_AN);
		phoChau = units.find(PHO_CHAU).orElseThrow();
		phoAn = units.find(PHO_AN).orElseThrow();
		phoVinh = units.add(PHO_VINH);

		province = someone("Sở Nội vụ", "vi");
		register(province, null, "Sở Nội vụ", Role.PROVINCE);
		coordinatorChau = someone("Điều phối Châu", "vi");
		var officeChau = register(coordinatorChau, phoChau, "Văn phòng - Thống kê", Role.COORDINATOR);
		leaderAn = someone("Lãnh đạo An", "vi");
		register(leaderAn, phoAn, "Chủ tịch UBND xã", Role.LEADER);
		coordinatorAn = someone("Điều phối An", "vi");
		register(coordinatorAn, phoAn, "Văn phòng - Thống kê", Role.COORDINATOR);
		var officeAn = register(someone("Văn phòng An", "vi"), phoAn, "Văn phòng - Thống kê", Role.OFFICIAL);
		List.of(province, coordinatorChau, leaderAn, coordinatorAn).forEach(telegram.users()::opensChat);

		clock.setLocal("2024-06-01T09:00");
		figure(officeChau, "2.2", "90");
		clock.setLocal("2024-06-12T09:00");
		figure(officeAn, "2.2", "99");
		figure(officeAn, "3.4", "80");
	}

	@Test
	void theProvinceSeesEveryUnitRankedWithWhoReportedNothingAndWhoHasNoPlan() {
		var reply = replyTo(province, "/tinhhinh");

		assertThat(reply.text()).isEqualTo("""
				<b>🏛 Tình hình các đơn vị</b> · 14/06/2024
				3 đơn vị · 2 có kế hoạch · 🔴 1 mục chưa đạt · ⌛ 0 mục quá hạn · ⏰ 1 đơn vị chưa báo cáo trong kỳ
				<i>Xếp theo tỷ lệ chỉ tiêu định lượng đạt: số chỉ tiêu 🟢 ÷ số chỉ tiêu có con số (chưa có số liệu là chưa đạt); \
				bằng nhau thì đơn vị ít mục 🔴, quá hạn hơn đứng trước.</i>

				1. <b>UBND xã Phổ An</b>: 25% (2/8) · 🔴 0 · ⌛ 0
				2. <b>UBND xã Phổ Châu</b>: 0% (0/8) · 🔴 1 · ⌛ 0 ⏰

				⏰ <b>Chưa báo cáo gì từ 07/06/2024</b> (1): UBND xã Phổ Châu
				📭 <b>Chưa có kế hoạch</b> (1): UBND xã Phổ Vinh

				Xem một đơn vị: <code>/tinhhinh UBND xã Phổ An</code>""");
	}

	@Test
	void aUnitTypedLooselyShowsExactlyTheScreenItsOwnLeadersSee() {
		var own = replyTo(leaderAn, "/tinhhinh");

		var seen = replyTo(province, "/tinhhinh  phổ AN ");

		assertThat(own.text()).startsWith("<b>📋 Tình hình thực hiện kế hoạch</b> · 14/06/2024");
		assertThat(seen.text()).isEqualTo("<b>🏛 UBND xã Phổ An</b>\n" + own.text());
		assertThat(replyTo(province, "/tinhhinh phổ vinh").text())
			.isEqualTo("<b>🏛 UBND xã Phổ Vinh</b>\nChưa có kế hoạch nào được nạp vào hệ thống.");
	}

	@Test
	void oneItemOfAUnitAfterItsName() {
		var reply = replyTo(province, "/tinhhinh phổ an 2.2");

		assertThat(reply.text()).startsWith("<b>📌 Mục 2.2</b>").contains("Trạng thái: 🟢 Đạt")
			.contains("Số liệu mới nhất: <b>99%</b>");
		// The province's button names the unit: its lead is asked about this unit's item.
		assertThat(reply.buttonData()).singleElement().asString().matches("explain:unit:\\d+:2\\.2");
		assertThat(replyTo(province, "/tinhhinh phổ an 9.9").text())
			.isEqualTo("Kế hoạch của UBND xã Phổ An không có mục <code>9.9</code>.");
	}

	@Test
	void severalUnitsMatchTheProvincePicksOne() {
		var reply = replyTo(province, "/tinhhinh xã phổ");

		assertThat(reply.text()).isEqualTo("Có 3 đơn vị khớp với «xã phổ». Chọn một đơn vị:");
		assertThat(reply.buttonLabels()).containsExactly(PHO_AN, PHO_CHAU, PHO_VINH);
		assertThat(reply.buttonData()).containsExactly("prov:unit:" + phoAn.id(), "prov:unit:" + phoChau.id(),
				"prov:unit:" + phoVinh.id());

		var picked = replyTo(telegram.users().presses(province, reply, "prov:unit:" + phoAn.id()));

		assertThat(picked.text()).isEqualTo(replyTo(province, "/tinhhinh " + PHO_AN).text());
	}

	@Test
	void noUnitOfThatNameOrAnItemWithoutItsUnit() {
		assertThat(replyTo(province, "/tinhhinh Hà Nội").text()).isEqualTo(
				"Không có đơn vị nào tên «Hà Nội». Gõ /tinhhinh để xem danh sách các đơn vị, rồi gõ tên một đơn vị, "
						+ "ví dụ <code>/tinhhinh UBND xã Phổ An</code>.");
		assertThat(replyTo(province, "/tinhhinh 2.2").text()).isEqualTo(
				"Hãy gõ tên đơn vị trước, ví dụ <code>/tinhhinh UBND xã Phổ An</code> để xem kế hoạch của đơn vị, "
						+ "hoặc <code>/tinhhinh UBND xã Phổ An 2.2</code> để xem một mục.");
	}

	@Test
	void aUnitsCoordinatorStillSeesOnlyTheirOwnPlan() {
		var reply = replyTo(coordinatorChau, "/tinhhinh");

		assertThat(reply.text()).startsWith("<b>📋 Tình hình thực hiện kế hoạch</b> · 14/06/2024\n10 mục: 🟢 0 đạt")
			.contains("<b>2.2</b>").contains("90%").doesNotContain("99%").doesNotContain("Phổ An");
		assertThat(replyTo(coordinatorChau, "/tinhhinh phổ an").text()).isEqualTo(
				"Kế hoạch không có mục <code>phổ an</code>. Gõ mã mục như trong kế hoạch, ví dụ: <code>/tinhhinh 2.2</code>");
		assertThat(replyTo(coordinatorChau, "/tinhhinh 2.2").text()).contains("Số liệu mới nhất: <b>90%</b>");
	}

	@Test
	void aUnitsLeaderCannotPressTheProvincesUnitButton() {
		var forged = new BotMessage(leaderAn.id(), 1, "text", "…", null, null, null, 0);

		var answer = probe.callbackAnswer(telegram.users().presses(leaderAn, forged, "prov:unit:" + phoChau.id()), WAIT)
			.orElseThrow();

		assertThat(answer.param("text")).isEqualTo("Chức năng này chỉ dành cho cán bộ của tỉnh (Sở Nội vụ).");
	}

	@Test
	void theDigestReachesTheProvincesGroupOnceAWeekAfterEveryUnitsSummaryWentToItsOwnGroup() throws Exception {
		var groupChau = someGroup("Lãnh đạo xã Phổ Châu");
		var groupAn = someGroup("Lãnh đạo xã Phổ An");
		var groupProvince = someGroup("Sở Nội vụ theo dõi CCHC");
		assertThat(replyTo(telegram.users().sendsIn(groupChau, coordinatorChau, "/nhomlanhdao")).text())
			.startsWith("✅ Từ nay nhóm này là <b>nhóm lãnh đạo</b>");
		assertThat(replyTo(telegram.users().sendsIn(groupAn, coordinatorAn, "/nhomlanhdao")).text())
			.startsWith("✅ Từ nay nhóm này là <b>nhóm lãnh đạo</b>");
		assertThat(replyTo(telegram.users().sendsIn(groupChau, province, "/nhomlanhdao")).text())
			.startsWith("Nhóm này đang là nhóm lãnh đạo của một xã, phường");
		assertThat(replyTo(telegram.users().sendsIn(groupProvince, province, "/nhomlanhdao")).text())
			.startsWith("✅ Từ nay nhóm này là <b>nhóm của tỉnh</b>");
		assertThat(replyTo(telegram.users().sendsIn(groupProvince, province, "/tinhhinh")).text())
			.startsWith("<b>🏛 Tình hình các đơn vị</b>");
		assertThat(replyTo(telegram.users().sendsIn(groupProvince, leaderAn, "/tinhhinh")).text())
			.as("a unit's leader in the province's group").startsWith("Nhóm này không phải nhóm lãnh đạo");

		clock.setLocal("2024-06-14T15:59");
		SchedulerPoll.poll(context);
		assertThat(sentTo(groupProvince.id())).as("not before Friday 16:00").isZero();
		assertThat(sentTo(groupChau.id()) + sentTo(groupAn.id())).isZero();

		clock.setLocal("2024-06-14T16:00");
		SchedulerPoll.poll(context);

		var text = probe.awaitMessageTo(groupProvince.id(), m -> "text".equals(m.kind()) && m.text().contains("Tổng hợp tuần"),
				WAIT);
		assertThat(text.text()).startsWith("<b>📊 Tổng hợp tuần 24/2024: các đơn vị</b> · 14/06/2024\n3 đơn vị")
			.contains("1. <b>UBND xã Phổ An</b>: 25% (2/8)");
		var chart = probe.awaitMessageTo(groupProvince.id(), m -> "photo".equals(m.kind()), WAIT);
		assertThat(chart.messageId()).as("the chart comes after the text").isGreaterThan(text.messageId());
		assertThat(chart.text()).startsWith("Tuần 24/2024: mỗi đơn vị một thanh");
		assertThat(ImageIO.read(new ByteArrayInputStream(chart.file().bytes())).getWidth()).isPositive();
		for (var group : List.of(groupChau, groupAn)) {
			assertThat(probe.awaitMessageTo(group.id(), m -> "text".equals(m.kind()) && m.text().contains("Tổng hợp tuần"),
					WAIT).text()).startsWith("<b>📊 Tổng hợp tuần");
		}
		assertThat(unitOfSummaryTo(groupChau.id())).isEqualTo(phoChau.id());
		assertThat(unitOfSummaryTo(groupAn.id())).isEqualTo(phoAn.id());

		clock.advance(Duration.ofHours(2));
		SchedulerPoll.poll(context);
		assertThat(sentTo(groupProvince.id())).as("once a week").isEqualTo(1);

		clock.setLocal("2024-06-21T16:00");
		SchedulerPoll.poll(context);
		assertThat(sentTo(groupProvince.id())).as("the next week's").isEqualTo(2);
		assertThat(sentTo(groupChau.id())).isEqualTo(2);
		// What changed is counted from the unit's own last summary, not from the digest or the other unit's.
		var secondWeek = summaries.summary(jdbc.sql("select id from sent_summary where chat_id = :chat and week_key = '2024-W25'")
			.param("chat", groupChau.id()).query(Long.class).single()).orElseThrow();
		assertThat(secondWeek.comparedWithWeek()).isEqualTo("2024-W24");
		assertThat(secondWeek.changes()).isEmpty();
	}

	private int sentTo(long chatId) {
		return jdbc.sql("select count(*) from sent_summary where chat_id = :chat").param("chat", chatId)
			.query(Integer.class).single();
	}

	private Long unitOfSummaryTo(long chatId) {
		return jdbc.sql("select unit_id from sent_summary where chat_id = :chat").param("chat", chatId)
			.query(Long.class).single();
	}

	private Official register(ChatUser user, Unit unit, String position, Role role) {
		var invite = unit == null ? people.createInvite(position, role, null)
				: scope.within(unit.unitId(), () -> people.createInvite(position, role, null));
		var redeemed = (RedeemOutcome.Registered) people.redeem(((InviteOutcome.Created) invite).code(), user.id(),
				user.firstName(), user.username());
		return redeemed.official();
	}

	private void figure(Official official, String code, String value) {
		scope.run(official.unit().orElseThrow(), () -> assertThat(progress.recordFigure(official, code, value))
			.isInstanceOf(FigureOutcome.Recorded.class));
	}
}
