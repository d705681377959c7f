package vn.cchc.troly.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cchc.troly.PlanFixture;
import vn.cchc.troly.RepositoryTest;
import vn.cchc.troly.TestClock;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.PeopleTestConfiguration;
import vn.cchc.troly.people.RedeemOutcome;
import vn.cchc.troly.people.Role;

@RepositoryTest
@Import({ PeopleTestConfiguration.class, InviteCommand.class, OperatorUnits.class, UnitCommand.class })
@ImportAutoConfiguration(MessageSourceAutoConfiguration.class)
class InviteCommandTests {

	@Autowired InviteCommand command;
	@Autowired PlanFixture plan;
	@Autowired TestClock clock;
	@Autowired JdbcTemplate jdbc;
	@Autowired PeopleManagement people;
	@Autowired UnitCommand units;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void setClock() {
		clock.setLocal("2026-05-20T09:00");
	}

	@Test
	void theFirstCoordinatorCanBeInvitedBeforeAnyPlanIsImported() {
		int exit = run("--position", "Văn phòng - Thống kê", "--role", "coordinator");

		assertThat(exit).isZero();
		assertThat(out()).contains("Đã tạo mã mời cho chức danh \"Văn phòng - Thống kê\", vai trò điều phối")
			.contains("hết hạn lúc 27/05/2026 09:00")
			.containsPattern("(?m)^https://t\\.me/TroLyCchcBot\\?start=[A-Za-z0-9_-]{22,64}$");
		assertThat(err()).isEmpty();
		assertThat(jdbc.queryForObject("select role from invite", String.class)).isEqualTo("COORDINATOR");
	}

	@Test
	void daysSetHowLongTheInviteLasts() {
		assertThat(run("--position=Chủ tịch UBND xã", "--role=leader", "--days", "2")).isZero();
		assertThat(out()).contains("vai trò lãnh đạo").contains("hết hạn lúc 22/05/2026 09:00");
	}

	@Test
	void anOfficialInviteNeedsAPositionOfThePlan() {
		plan.seed();
		assertThat(run("--position", "Tài chính - Kế toán")).isZero();

		assertThat(run("--position", "Tư pháp - Hộ tịch", "--role", "official")).isEqualTo(1);
		assertThat(err()).contains("Kế hoạch không có chức danh \"Tư pháp - Hộ tịch\"").contains("Văn phòng - Thống kê");
	}

	@Test
	void anOfficialCannotBeInvitedBeforeThePlanIsImported() {
		assertThat(run("--position", "Tài chính - Kế toán", "--role", "official")).isEqualTo(1);
		assertThat(err()).contains("Chưa nhập kế hoạch");
		assertThat(out()).isEmpty();
	}

	@Test
	void aBadRoleIsAUsageError() {
		assertThat(run("--position", "Văn phòng - Thống kê", "--role", "boss")).isEqualTo(2);
		assertThat(err()).contains("Vai trò không hợp lệ: boss. Dùng coordinator, leader, official hoặc province.")
			.contains("[--role coordinator|leader|official|province]");
		assertThat(out()).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from invite", Integer.class)).isZero();
	}

	@Test
	void aMissingPositionOrBadDaysOrUnknownArgumentIsAUsageError() {
		assertThat(run("--role", "leader")).isEqualTo(2);
		assertThat(err()).contains("Thiếu chức danh");
		assertThat(run("--position", "Văn phòng - Thống kê", "--days", "0")).isEqualTo(2);
		assertThat(err()).contains("Số ngày không hợp lệ: 0");
		assertThat(run("--position", "Văn phòng - Thống kê", "--colour", "red")).isEqualTo(2);
		assertThat(err()).contains("Tham số không rõ: --colour");
		assertThat(run("--position")).isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from invite", Integer.class)).isZero();
	}

	@Test
	void withSeveralUnitsTheInviteNamesItsUnit() {
		plan.seed();
		assertThat(unit("add", "UBND phường Trương Quang Trọng")).isZero();
		assertThat(out()).contains("Đã tạo đơn vị \"UBND phường Trương Quang Trọng\"");

		assertThat(run("--position", "Văn phòng - Thống kê", "--role", "coordinator")).as("which unit?").isEqualTo(2);
		assertThat(err()).contains("nhiều đơn vị").contains("UBND xã Phổ Châu").contains("UBND phường Trương Quang Trọng");
		assertThat(run("--position", "Văn phòng - Thống kê", "--unit", "phường Hòa Bình")).isEqualTo(2);
		assertThat(err()).contains("Không có đơn vị nào tên \"phường Hòa Bình\"");
		assertThat(jdbc.queryForObject("select count(*) from invite", Integer.class)).isZero();

		// The unit's name is matched as people write it: without "UBND", any case.
		assertThat(run("--position", "Văn phòng - Thống kê", "--role", "coordinator", "--unit",
				"phường trương quang trọng")).isZero();
		assertThat(jdbc.queryForObject("""
				select u.name from invite i join admin_unit u on u.id = i.unit_id
				""", String.class)).isEqualTo("UBND phường Trương Quang Trọng");
		assertThat(jdbc.queryForObject("""
				select count(*) from job_position p join admin_unit u on u.id = p.unit_id
				where u.name = 'UBND phường Trương Quang Trọng'
				""", Integer.class)).as("the ward's own position").isEqualTo(1);
	}

	@Test
	void aProvinceInviteBelongsToNoUnit() {
		plan.seed();
		unit("add", "UBND phường Trương Quang Trọng");

		assertThat(run("--position", "Sở Nội vụ", "--role", "province")).isZero();
		assertThat(out()).contains("vai trò tỉnh (Sở Nội vụ)");
		assertThat(jdbc.queryForObject("select count(*) from invite where unit_id is null and role = 'PROVINCE'",
				Integer.class)).isEqualTo(1);
		// Whoever opens it is one of the province's people.
		var code = out().substring(out().indexOf("start=") + "start=".length()).strip();
		var registered = (RedeemOutcome.Registered) people.redeem(code, 4242L, "Sở Nội Vụ Hà", null);
		assertThat(registered.official().isProvince()).isTrue();
		assertThat(registered.official().hasRole(Role.PROVINCE)).isTrue();
	}

	@Test
	void aUnitGetsItsOwnScheduleAndLanguage() {
		plan.seed();
		assertThat(unit("schedule", "xã Phổ Châu", "--summary", "0 0 15 * * FRI", "--reminder", "default")).isZero();
		assertThat(unit("language", "UBND xã Phổ Châu", "en")).isZero();
		assertThat(unit("list")).isZero();
		assertThat(out()).contains("UBND xã Phổ Châu — tổng hợp tuần: 0 0 15 * * FRI; nhắc việc: theo cài đặt chung; ngôn ngữ: en");

		assertThat(unit("schedule", "xã Phổ Châu", "--summary", "every friday")).isEqualTo(2);
		assertThat(err()).contains("Biểu thức lịch không hợp lệ: every friday");
		assertThat(unit("schedule", "xã Nghĩa Hành", "--summary", "0 0 15 * * FRI")).isEqualTo(2);
		assertThat(err()).contains("Không có đơn vị nào tên \"xã Nghĩa Hành\"");
	}

	private int unit(String... arguments) {
		return units.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private int run(String... arguments) {
		return command.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
