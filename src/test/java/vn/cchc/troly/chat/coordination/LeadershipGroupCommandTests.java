package vn.cchc.troly.chat.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.cchc.troly.chat.ChatTest;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.report.LeadershipGroup;

/**
 * /nhomlanhdao (/setgroup): only the coordinator, only in a group, makes it the leadership group;
 * /tinhhinh answers there and in no other group.
 */
class LeadershipGroupCommandTests extends ChatTest {

	private static final String NOT_LEADERSHIP = "Nhóm này không phải nhóm lãnh đạo nên tôi không trả lời lệnh này ở đây. "
			+ "Hãy nhắn riêng cho tôi.";

	@Autowired
	LeadershipGroup leadership;

	@Test
	void theCoordinatorSetsTheGroupAndIsToldWhenItReplacesAnother() {
		var hoa = someone("Hoà", "vi");
		register(hoa, "Văn phòng - Thống kê", Role.COORDINATOR);
		var first = someGroup("Lãnh đạo <xã> cũ");
		var second = someGroup("Lãnh đạo UBND xã");

		var set = probe.awaitReply(telegram.users().sendsIn(first, hoa, "/nhomlanhdao"), WAIT);
		var again = probe.awaitReply(telegram.users().sendsIn(first, hoa, "/nhomlanhdao@" + BOT_USERNAME), WAIT);
		var replaced = probe.awaitReply(telegram.users().sendsIn(second, hoa, "/nhomlanhdao"), WAIT);

		// Other tests share the database and may have set a group before; either way this one is it now.
		assertThat(set.text()).startsWith("✅ Từ nay nhóm này là <b>nhóm lãnh đạo</b>")
			.containsIgnoringCase("tôi sẽ gửi bản tổng hợp hằng tuần vào đây").contains("/tinhhinh");
		assertThat(again.text()).isEqualTo("Nhóm này đã là nhóm lãnh đạo rồi. Không có gì thay đổi.");
		assertThat(replaced.text())
			.startsWith("✅ Từ nay nhóm này là <b>nhóm lãnh đạo</b>, thay cho nhóm «Lãnh đạo &lt;xã&gt; cũ»");
		assertThat(leadership.current()).hasValueSatisfying(group -> {
			assertThat(group.chatId()).isEqualTo(second.id());
			assertThat(group.title()).isEqualTo("Lãnh đạo UBND xã");
		});
	}

	@Test
	void anOfficialOrALeaderMayNotSetItAndNobodyMayFromAPrivateChat() {
		var coordinator = someone("Hạnh", "vi");
		register(coordinator, "Văn phòng - Thống kê", Role.COORDINATOR);
		var leaders = someGroup("Lãnh đạo xã");
		probe.awaitReply(telegram.users().sendsIn(leaders, coordinator, "/nhomlanhdao"), WAIT);
		var official = someOfficial("Ích", "vi");
		var leader = someone("Kha", "en");
		register(leader, "Chủ tịch UBND xã", Role.LEADER);
		var other = someGroup("Nhóm khác");

		var byOfficial = probe.awaitReply(telegram.users().sendsIn(other, official, "/nhomlanhdao"), WAIT);
		var byLeader = probe.awaitReply(telegram.users().sendsIn(other, leader, "/setgroup"), WAIT);
		var inPrivate = replyTo(coordinator, "/nhomlanhdao");

		assertThat(byOfficial.text())
			.isEqualTo("Chức năng này chỉ dành cho công chức điều phối kế hoạch (Văn phòng - Thống kê).");
		assertThat(byLeader.text()).isEqualTo("Only the plan coordinator (Office-Statistics officer) can use this.");
		assertThat(inPrivate.text()).isEqualTo("Hãy gửi lệnh này trong nhóm của lãnh đạo UBND xã (thêm tôi vào nhóm đó trước), "
				+ "không gửi trong tin nhắn riêng.");
		assertThat(leadership.current()).hasValueSatisfying(group -> assertThat(group.chatId()).isEqualTo(leaders.id()));
	}

	@Test
	void leadersAskTheStatusInTheLeadershipGroupButAnotherGroupGetsNoData() {
		var coordinator = someone("Lan", "vi");
		register(coordinator, "Văn phòng - Thống kê", Role.COORDINATOR);
		var leader = someone("Minh", "vi");
		register(leader, "Chủ tịch UBND xã", Role.LEADER);
		var leaders = someGroup("Lãnh đạo UBND xã Phổ Châu");
		var foreign = someGroup("Hội phụ huynh");
		probe.awaitReply(telegram.users().sendsIn(leaders, coordinator, "/nhomlanhdao"), WAIT);

		var inLeaders = probe.awaitReply(telegram.users().sendsIn(leaders, leader, "/tinhhinh"), WAIT);
		var inForeign = probe.awaitReply(telegram.users().sendsIn(foreign, leader, "/tinhhinh"), WAIT);
		var itemInForeign = probe.awaitReply(telegram.users().sendsIn(foreign, leader, "/tinhhinh@" + BOT_USERNAME + " 2.2"), WAIT);
		var missingInLeaders = probe.awaitReply(telegram.users().sendsIn(leaders, leader, "/chuabaocao"), WAIT);

		assertThat(inLeaders.text()).startsWith("<b>📋 Tình hình thực hiện kế hoạch</b>").contains("<b>2.2</b>");
		assertThat(inForeign.text()).isEqualTo(NOT_LEADERSHIP);
		assertThat(itemInForeign.text()).isEqualTo(NOT_LEADERSHIP);
		assertThat(telegram.messagesIn(foreign.id())).hasSize(2).allSatisfy(m -> assertThat(m.text()).isEqualTo(NOT_LEADERSHIP));
		assertThat(missingInLeaders.text()).as("other queries stay private, even in the leadership group")
			.isEqualTo("Lệnh này chỉ dùng trong tin nhắn riêng với tôi. Hãy nhắn riêng cho tôi để dùng.");
	}

	@Test
	void theStatusIsNotForOfficialsEvenInTheLeadershipGroup() {
		var coordinator = someone("Nga", "vi");
		register(coordinator, "Văn phòng - Thống kê", Role.COORDINATOR);
		var leaders = someGroup("Lãnh đạo");
		probe.awaitReply(telegram.users().sendsIn(leaders, coordinator, "/nhomlanhdao"), WAIT);
		var official = someOfficial("Oanh", "vi");

		var refused = probe.awaitReply(telegram.users().sendsIn(leaders, official, "/tinhhinh"), WAIT);

		assertThat(refused.text()).isEqualTo("Chức năng này chỉ dành cho lãnh đạo UBND xã và công chức điều phối kế hoạch "
				+ "(Văn phòng - Thống kê).");
	}
}
