package vn.cchc.troly.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cchc.troly.PlanFixture;
import vn.cchc.troly.RepositoryTest;
import vn.cchc.troly.TestClock;

/**
 * An official is read once per transaction (the bot's update), and never served stale: not after
 * a registration (/start), a pause (/tamdung) or any other write in the same transaction, not after
 * a savepoint that wrote was rolled back, and not from one savepoint (one update of a batch) to the
 * next. Each test runs in one transaction (the test's), as the bot handles a batch.
 */
@RepositoryTest
@Import(PeopleTestConfiguration.class)
class OfficialsReadInTransactionTests {

	@Autowired PeopleManagement people;
	@Autowired PlanFixture plan;
	@Autowired TestClock clock;
	@Autowired JdbcTemplate jdbc;
	@Autowired PlatformTransactionManager transactions;

	TransactionTemplate savepoint;

	@BeforeEach
	void givenTheSeedPlan() {
		clock.setLocal("2026-05-20T09:00");
		plan.seed();
		savepoint = new TransactionTemplate(transactions);
		savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	@Test
	void aStrangerWhoRedeemsAnInviteIsAnOfficialForTheRestOfTheTransaction() {
		var code = inviteCode();

		assertThat(people.findByTelegramUser(3001L)).isEmpty();
		var registered = (RedeemOutcome.Registered) people.redeem(code, 3001L, "Lan", null);
		assertThat(people.findByTelegramUser(3001L)).hasValueSatisfying(o -> assertThat(o.hasRole(Role.OFFICIAL)).isTrue());
		assertThat(people.byId(registered.official().id())).isPresent();
		assertThat(people.hasRole(3001L, Role.OFFICIAL)).isTrue();
	}

	@Test
	void aPauseIsSeenAtOnceInTheSameTransaction() {
		var official = registered(3002L);
		var until = clock.instant().plus(Duration.ofDays(7));

		assertThat(people.byId(official.id()).orElseThrow().mutedUntil()).isNull();
		assertThat(people.findByTelegramUser(3002L).orElseThrow().mutedUntil()).isNull();
		people.setMutedUntil(official.id(), until);
		assertThat(people.byId(official.id()).orElseThrow().mutedUntil()).isEqualTo(until);
		assertThat(people.findByTelegramUser(3002L).orElseThrow().mutedUntil()).isEqualTo(until);
	}

	@Test
	void whatARolledBackSavepointWroteIsNotServedAfterIt() {
		var official = registered(3003L);
		var code = inviteCode();

		assertThat(people.byId(official.id()).orElseThrow().mutedUntil()).isNull();
		assertThat(people.findByTelegramUser(3004L)).isEmpty();
		assertThatThrownBy(() -> savepoint.executeWithoutResult(inside -> {
			people.setMutedUntil(official.id(), clock.instant().plus(Duration.ofDays(7)));
			people.redeem(code, 3004L, "Minh", null);
			assertThat(people.byId(official.id()).orElseThrow().mutedUntil()).isNotNull();
			assertThat(people.findByTelegramUser(3004L)).isPresent();
			throw new IllegalStateException("the update failed");
		})).hasMessage("the update failed");

		assertThat(people.byId(official.id()).orElseThrow().mutedUntil()).isNull();
		assertThat(people.findByTelegramUser(3003L).orElseThrow().mutedUntil()).isNull();
		assertThat(people.findByTelegramUser(3004L)).isEmpty();
	}

	@Test
	void eachSavepointReadsTheOfficialAfresh() {
		var official = registered(3005L);

		savepoint.executeWithoutResult(
				update -> assertThat(people.byId(official.id()).orElseThrow().displayName()).isEqualTo("Lan"));
		// Changed by other means than PeopleManagement (another process, an operator) between two updates.
		jdbc.update("update official set display_name = 'Lan Anh' where id = ?", official.id());
		savepoint.executeWithoutResult(
				update -> assertThat(people.byId(official.id()).orElseThrow().displayName()).isEqualTo("Lan Anh"));
	}

	private String inviteCode() {
		return ((InviteOutcome.Created) people.createInvite("Tài chính - Kế toán", Role.OFFICIAL, null)).code();
	}

	private Official registered(long telegramUserId) {
		return ((RedeemOutcome.Registered) people.redeem(inviteCode(), telegramUserId, "Lan", null)).official();
	}
}
