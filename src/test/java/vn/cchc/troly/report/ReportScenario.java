package vn.cchc.troly.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Scope;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cchc.troly.PlanFixture;
import vn.cchc.troly.TestClock;
import vn.cchc.troly.people.InviteOutcome;
import vn.cchc.troly.people.Official;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.RedeemOutcome;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.plan.Comparator;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.plan.Target;
import vn.cchc.troly.plan.TargetKind;
import vn.cchc.troly.progress.FigureOutcome;
import vn.cchc.troly.progress.FigureRequest;
import vn.cchc.troly.progress.NoteOutcome;
import vn.cchc.troly.progress.ProgressManagement;

/**
 * The seed plan with three more items and its people, so that on Friday 27/11/2026 at 16:00
 * (week 48) every status shows up:
 * <pre>
 * 1.1 COUNT ≥1        Văn hóa - xã hội: Minh (Bình, inactive)   no report            ⚪ ⏰
 * 1.2 QUALITATIVE     Văn phòng - Thống kê: Lan                 note 26/11           🟡
 * 2.2 PERCENT >98     Lan                                       95 (18/11), 97,5 (25/11) 🟡
 * 3.1 PERCENT >50     Tài chính - Kế toán: Tâm, deadline 20/11  40 (26/11)           🔴 overdue
 * 3.2 PERCENT >50     Thủ quỹ - Văn thư - lưu trữ: Quang        no report            ⚪ ⏰
 * 3.4 PERCENT >75     Lan                                       50 (10/11)           🔴 ⏰
 * 3.5 COUNT ≥2        Địa chính - Xây dựng: nobody registered   no report            ⚪ ⏰
 * 4   INCREASE        Tâm                                       last year 10, 12 (26/11) 🟢
 * </pre>
 * Hoa is the coordinator, Chi a leader; neither leads an item. A summary is posted for week 47
 * (Friday 20/11 16:00) when {@link #givenTheWeekSoFar} is asked to. A prototype bean: each test
 * gets its own, with the beans it needs.
 */
@TestComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class ReportScenario {

	static final String LAND = "Địa chính - Xây dựng";
	static final LocalDate DEADLINE_31 = LocalDate.of(2026, 11, 20);

	final PlanFixture fixture;
	final PeopleManagement people;
	final ProgressManagement progress;
	final PlanItems planItems;
	final TestClock clock;
	final JdbcTemplate jdbc;

	PlanFixture.Seed seed;
	Official lan;
	Official minh;
	Official binh;
	Official tam;
	Official quang;
	Official hoa;
	Official chi;

	ReportScenario(PlanFixture fixture, PeopleManagement people, ProgressManagement progress, PlanItems planItems,
			TestClock clock, JdbcTemplate jdbc) {
		this.fixture = fixture;
		this.people = people;
		this.progress = progress;
		this.planItems = planItems;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/** The plan and its people, registered on 01/11/2026. */
	ReportScenario givenThePlanAndItsPeople() {
		clock.setLocal("2026-11-01T08:00");
		seed = fixture.seed();
		var percentOver50 = new Target("Trên 50%", TargetKind.PERCENT, Comparator.GT, new BigDecimal("50"), "%", false);
		fixture.addItem(seed, "3.1", 5, percentOver50, PlanFixture.FINANCE, PlanFixture.ALL_STAFF);
		fixture.addItem(seed, "3.2", 6, percentOver50, PlanFixture.TREASURER, PlanFixture.ALL_STAFF);
		fixture.addItem(seed, "3.5", 9, new Target("Từ 02 trở lên", TargetKind.COUNT, Comparator.GE, new BigDecimal("2"),
				"mô hình", true), LAND, PlanFixture.ALL_STAFF);
		planItems.setDeadline(seed.item("3.1").itemId(), DEADLINE_31);
		lan = register(101, "Lan", PlanFixture.OFFICE, Role.OFFICIAL);
		minh = register(102, "Minh", PlanFixture.CULTURE, Role.OFFICIAL);
		binh = register(103, "Bình", PlanFixture.CULTURE, Role.OFFICIAL);
		tam = register(104, "Tâm", PlanFixture.FINANCE, Role.OFFICIAL);
		quang = register(105, "Quang", PlanFixture.TREASURER, Role.OFFICIAL);
		hoa = register(106, "Hoa", "Chánh Văn phòng", Role.COORDINATOR);
		chi = register(107, "Chi", "Chủ tịch UBND xã", Role.LEADER);
		// Bình has left: still on record, no longer active.
		jdbc.update("update official set active = false where id = ?", binh.id());
		return this;
	}

	/** Reports up to Friday 27/11/2026 16:00; with {@code summaries}, week 47's summary is posted on 20/11. */
	ReportScenario givenTheWeekSoFar(Summaries summaries) {
		at("2026-11-10T09:00");
		figure(lan, "3.4", "50");
		at("2026-11-18T10:00");
		figure(lan, "2.2", "95");
		if (summaries != null) {
			at("2026-11-20T16:00");
			assertThat(summaries.postIfDue()).as("week 47's summary").isPresent();
		}
		at("2026-11-25T10:00");
		figure(lan, "2.2", "97,5");
		at("2026-11-26T10:00");
		note(lan, "1.2", "Đã triển khai 5/6 nhiệm vụ <quý IV> & báo cáo");
		lastYear(tam, "4", "10");
		figure(tam, "4", "12");
		figure(tam, "3.1", "40");
		at("2026-11-27T16:00");
		return this;
	}

	void at(String local) {
		clock.setLocal(local);
	}

	void figure(Official official, String code, String text) {
		assertThat(progress.recordFigure(official, code, text)).isInstanceOf(FigureOutcome.Recorded.class);
	}

	void lastYear(Official official, String code, String text) {
		assertThat(progress.recordFigure(new FigureRequest(official, code, text, true, null)))
			.isInstanceOf(FigureOutcome.Recorded.class);
	}

	void note(Official official, String code, String text) {
		assertThat(progress.recordNote(official, code, text, false)).isInstanceOf(NoteOutcome.Recorded.class);
	}

	Official register(long telegramUserId, String name, String position, Role role) {
		var invite = people.createInvite(position, role, null);
		assertThat(invite).isInstanceOf(InviteOutcome.Created.class);
		var redeemed = people.redeem(((InviteOutcome.Created) invite).code(), telegramUserId, name, null);
		assertThat(redeemed).isInstanceOf(RedeemOutcome.Registered.class);
		return ((RedeemOutcome.Registered) redeemed).official();
	}
}
