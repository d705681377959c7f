package vn.cchc.troly.chat.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.cchc.troly.chat.ChatTest;
import vn.cchc.troly.people.InviteOutcome;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.Role;

/**
 * /start with wrong codes: five within 15 minutes, then "try later" and no look-up, even of a good
 * code, until the window has passed (time from the application's clock). Codes are kept hashed.
 */
class StartLimitTests extends ChatTest {

	private static final String WRONG = "Mã mời không đúng. Xin mã mời mới từ công chức Văn phòng - Thống kê.";
	private static final String LATER = "Bạn đã nhập sai mã mời quá nhiều lần. Vui lòng thử lại sau 15 phút, "
			+ "hoặc xin liên kết mời mới từ công chức Văn phòng - Thống kê.";

	@Autowired
	PeopleManagement people;
	@Autowired
	JdbcClient jdbc;

	@Test
	void afterFiveWrongCodesEvenAGoodOneWaitsUntilTheWindowHasPassed() {
		seedPlan();
		var guesser = someone("Đoán", "vi");
		var invite = (InviteOutcome.Created) people.createInvite("Văn hóa - xã hội", Role.OFFICIAL, null);

		for (var i = 1; i <= 5; i++) {
			assertThat(replyTo(guesser, "/start sai" + i).text()).isEqualTo(WRONG);
			clock.advance(Duration.ofMinutes(2));
		}
		assertThat(replyTo(guesser, "/start " + invite.code()).text()).isEqualTo(LATER);
		assertThat(people.findByTelegramUser(guesser.id())).as("the good code was not looked up").isEmpty();

		// The first wrong code was 10 minutes ago; 6 minutes on it has aged out of the 15-minute window.
		clock.advance(Duration.ofMinutes(6));
		assertThat(replyTo(guesser, "/start " + invite.code()).text()).contains("Văn hóa - xã hội");
		assertThat(people.findByTelegramUser(guesser.id())).isPresent();
	}

	@Test
	void theLimitIsPerUser() {
		var one = someone("Một", "vi");
		var other = someone("Hai", "vi");
		for (var i = 1; i <= 5; i++) {
			replyTo(one, "/batdau sai" + i);
		}

		assertThat(replyTo(one, "/batdau sai6").text()).isEqualTo(LATER);
		assertThat(replyTo(other, "/batdau sai1").text()).isEqualTo(WRONG);
	}

	@Test
	void inviteCodesAreStoredOnlyAsTheirHash() throws Exception {
		seedPlan();
		var invite = (InviteOutcome.Created) people.createInvite("Văn hóa - xã hội", Role.OFFICIAL, null);

		var stored = jdbc.sql("select * from invite").query().listOfRows();

		assertThat(stored).isNotEmpty().allSatisfy(row -> assertThat(row.values()).noneMatch(
				value -> value != null && value.toString().contains(invite.code())));
		assertThat(jdbc.sql("select count(*) from invite where code_hash = ?")
			.param(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
				.digest(invite.code().getBytes(java.nio.charset.StandardCharsets.US_ASCII))))
			.query(Integer.class).single()).isEqualTo(1);
	}
}
