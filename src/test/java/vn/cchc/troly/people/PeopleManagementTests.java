package vn.cchc.troly.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cchc.troly.PlanFixture;
import vn.cchc.troly.RepositoryTest;
import vn.cchc.troly.TestClock;

@RepositoryTest
@Import(PeopleTestConfiguration.class)
class PeopleManagementTests {

	@Autowired PeopleManagement people;
	@Autowired PlanFixture plan;
	@Autowired TestClock clock;
	@Autowired JdbcTemplate jdbc;

	@BeforeEach
	void givenTheSeedPlan() {
		clock.setLocal("2026-05-20T09:00");
		plan.seed();
	}

	@Test
	void anInviteLinkCarriesARandomCodeAndOnlyItsHashIsStored() {
		var first = created(people.createInvite("Văn phòng - Thống kê", Role.COORDINATOR, null));
		var second = created(people.createInvite("Văn phòng - Thống kê", Role.COORDINATOR, null));

		assertThat(first.code()).matches("[A-Za-z0-9_-]{22,64}").isNotEqualTo(second.code());
		assertThat(first.link()).isEqualTo("https://t.me/TroLyCchcBot?start=" + first.code());
		assertThat(first.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(7)));
		var stored = jdbc.queryForList("select code_hash from invite", String.class);
		assertThat(stored).hasSize(2).doesNotContain(first.code(), second.code())
			.contains(InviteCodes.hash(first.code()));
		assertThat(InviteCodes.hash(first.code())).hasSize(64);
	}

	@Test
	void redeemingRegistersTheUserWithThePositionAndRole() {
		var invite = created(people.createInvite("Tài chính - Kế toán", Role.OFFICIAL, null));

		var registered = registered(people.redeem(invite.code(), 1001L, "Lan", "lan_tckt"));

		assertThat(registered.firstTime()).isTrue();
		assertThat(registered.position().name()).isEqualTo("Tài chính - Kế toán");
		assertThat(registered.official().displayName()).isEqualTo("Lan");
		assertThat(registered.official().hasRole(Role.OFFICIAL)).isTrue();
		assertThat(registered.official().holds(invite.position().id())).isTrue();
		assertThat(people.findByTelegramUser(1001L)).contains(registered.official());
		assertThat(people.holding(invite.position().id())).extracting(Official::telegramUserId).containsExactly(1001L);
		assertThat(jdbc.queryForObject("select used_by from invite", Long.class)).isEqualTo(registered.official().id());
	}

	@Test
	void anInviteWorksOnlyOnce() {
		var invite = created(people.createInvite("Tài chính - Kế toán", Role.OFFICIAL, null));
		registered(people.redeem(invite.code(), 1001L, "Lan", null));

		assertThat(people.redeem(invite.code(), 2002L, "Someone else", null))
			.isEqualTo(new RedeemOutcome.Refused(RedeemOutcome.Reason.USED));
		assertThat(people.findByTelegramUser(2002L)).isEmpty();
	}

	@Test
	void anInviteExpiresAfterSevenDays() {
		var invite = created(people.createInvite("Tài chính - Kế toán", Role.OFFICIAL, null));
		var other = created(people.createInvite("Tài chính - Kế toán", Role.OFFICIAL, null));

		clock.advance(Duration.ofDays(7).minusMinutes(1));
		registered(people.redeem(invite.code(), 1001L, "Lan", null));
		clock.advance(Duration.ofMinutes(1));
		assertThat(people.redeem(other.code(), 2002L, "Minh", null))
			.isEqualTo(new RedeemOutcome.Refused(RedeemOutcome.Reason.EXPIRED));
		assertThat(people.findByTelegramUser(2002L)).isEmpty();
	}

	@Test
	void aCodeNobodyIssuedIsUnknown() {
		created(people.createInvite("Tài chính - Kế toán", Role.OFFICIAL, null));
		for (var code : new String[] { "nonsense", "", "   ", "a/b?c", "x".repeat(65), null }) {
			assertThat(people.redeem(code, 1001L, "Lan", null)).as(String.valueOf(code))
				.isEqualTo(new RedeemOutcome.Refused(RedeemOutcome.Reason.UNKNOWN));
		}
	}

	@Test
	void thePositionIsMatchedTheTolerantWay() {
		var office = plan.position(PlanFixture.OFFICE);
		var invite = created(people.createInvite("công chức Văn Phòng- Thống kê .", Role.OFFICIAL, null));
		assertThat(invite.position().id()).isEqualTo(office.id());
		assertThat(invite.position().name()).isEqualTo("Văn phòng - Thống kê");
		assertThat(created(people.createInvite("văn hoá - Xã hội", Role.OFFICIAL, null)).position().name())
			.isEqualTo("Văn hóa - xã hội");
	}

	@Test
	void anOfficialInviteMustNameAPositionOfThePlan() {
		var outcome = people.createInvite("Tư pháp - Hộ tịch", Role.OFFICIAL, null);

		assertThat(outcome).isInstanceOf(InviteOutcome.Refused.class);
		var refused = (InviteOutcome.Refused) outcome;
		assertThat(refused.reason()).isEqualTo(InviteOutcome.Reason.NOT_IN_PLAN);
		assertThat(refused.knownPositions()).contains("Văn phòng - Thống kê", "Tài chính - Kế toán", "Bộ phận Một cửa xã")
			.doesNotContain("Cán bộ, công chức xã");
		assertThat(jdbc.queryForObject("select count(*) from invite", Integer.class)).isZero();
	}

	@Test
	void aLeaderInviteMayNameAPositionTheCommuneDoesNotKnowYet() {
		var invite = created(people.createInvite("Chủ tịch UBND xã", Role.LEADER, null));

		var registered = registered(people.redeem(invite.code(), 3003L, "Hùng", null));
		assertThat(registered.position().name()).isEqualTo("Chủ tịch UBND xã");
		assertThat(people.hasRole(3003L, Role.LEADER)).isTrue();
		assertThat(people.hasRole(3003L, Role.COORDINATOR)).isFalse();
		assertThat(people.withRole(Role.LEADER)).extracting(Official::displayName).containsExactly("Hùng");
	}

	@Test
	void theGroupOfEveryoneIsNoPositionToInviteTo() {
		var outcome = people.createInvite("Cán bộ, công chức xã", Role.OFFICIAL, null);
		assertThat(outcome).isInstanceOfSatisfying(InviteOutcome.Refused.class,
				refused -> assertThat(refused.reason()).isEqualTo(InviteOutcome.Reason.EVERYONE_GROUP));
		assertThat(people.createInvite("  ", Role.LEADER, null)).isInstanceOfSatisfying(InviteOutcome.Refused.class,
				refused -> assertThat(refused.reason()).isEqualTo(InviteOutcome.Reason.NO_POSITION));
	}

	@Test
	void aSecondInviteGivesARegisteredUserASecondPositionAndRole() {
		var first = created(people.createInvite("Văn phòng - Thống kê", Role.COORDINATOR, null));
		var coordinator = registered(people.redeem(first.code(), 1001L, "Lan", null)).official();
		var second = created(people.createInvite("Thủ quỹ - Văn thư - lưu trữ", Role.OFFICIAL, coordinator.officialId()));

		var again = registered(people.redeem(second.code(), 1001L, "Lan Nguyễn", "lan"));

		assertThat(again.firstTime()).isFalse();
		assertThat(again.official().id()).isEqualTo(coordinator.id());
		assertThat(again.official().positionIds()).containsExactlyInAnyOrder(first.position().id(), second.position().id());
		assertThat(again.official().hasRole(Role.COORDINATOR)).isTrue();
		assertThat(again.official().hasRole(Role.OFFICIAL)).isTrue();
		assertThat(again.official().displayName()).isEqualTo("Lan Nguyễn");
		assertThat(people.activeOfficials()).hasSize(1);
	}

	@Test
	void anOfficialCanBeMutedAndUnmuted() {
		var invite = created(people.createInvite("Tài chính - Kế toán", Role.OFFICIAL, null));
		var official = registered(people.redeem(invite.code(), 1001L, "Lan", null)).official();
		var until = Instant.parse("2026-06-01T00:00:00Z");

		assertThat(people.setMutedUntil(official.officialId(), until).orElseThrow().isMuted(clock.instant())).isTrue();
		assertThat(people.byId(official.officialId()).orElseThrow().mutedUntil()).isEqualTo(until);
		assertThat(people.setMutedUntil(official.officialId(), null).orElseThrow().isMuted(clock.instant())).isFalse();
		assertThat(people.setMutedUntil(new OfficialId(999_999L), until)).isEmpty();
	}

	private static InviteOutcome.Created created(InviteOutcome outcome) {
		assertThat(outcome).isInstanceOf(InviteOutcome.Created.class);
		return (InviteOutcome.Created) outcome;
	}

	private static RedeemOutcome.Registered registered(RedeemOutcome outcome) {
		assertThat(outcome).isInstanceOf(RedeemOutcome.Registered.class);
		return (RedeemOutcome.Registered) outcome;
	}
}
