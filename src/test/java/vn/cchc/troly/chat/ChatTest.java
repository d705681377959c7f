package vn.cchc.troly.chat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.starter.SpringLongPollingBot;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import vn.cchc.troly.LogCapture;
import vn.cchc.troly.TestClock;
import vn.cchc.troly.people.InviteOutcome;
import vn.cchc.troly.people.Official;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.RedeemOutcome;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.plan.PlanManagement;
import vn.cchc.troly.sandbox.BotApiServer;
import vn.cchc.troly.sandbox.BotApiServerProbe;
import vn.cchc.troly.sandbox.BotMessage;
import vn.cchc.troly.sandbox.ChatUser;
import vn.cchc.troly.sandbox.GroupChat;
import vn.cchc.troly.sandbox.SentUpdate;

/**
 * Base of every end-to-end chat test: the whole application with the real TelegramBots client,
 * long polling and sending against an in-JVM {@link BotApiServer} on 127.0.0.1, an in-memory H2,
 * and a {@link TestClock} set to {@link ChatTestConfiguration#NOW} before each test (move it with
 * {@link #clock}). Every subclass has the same configuration, so they all share one Spring
 * context (the context cache); tests stay apart by using their own users from {@link #someone}.
 * <pre>
 * class MyItemsTests extends ChatTest {
 *     &#64;Test
 *     void anOfficialSeesTheirItems() {
 *         var an = someOfficial("An", "vi");
 *         var reply = replyTo(an, "/viec");
 *         assertThat(reply.text()).contains("2.2");
 *     }
 * }
 * </pre>
 * Test-only beans all chat tests share go in {@link ChatTestConfiguration}; a subclass that adds
 * its own configuration gets a context of its own (slower).
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:chat-tests;DB_CLOSE_DELAY=-1",
		"TELEGRAM_BOT_USERNAME=" + ChatTest.BOT_USERNAME,
		// Pacing has its own tests (reliability); here a chat may get a reply per request at once.
		"troly.telegram.delivery.backoff=50ms", "troly.telegram.delivery.per-chat-per-second=100",
		"troly.telegram.delivery.per-group-per-minute=6000",
		// Tests run the weekly jobs themselves; a poller would drop reminders into their chats.
		"troly.report.scheduling-enabled=false",
		// A dossier of a few small files comes in parts, as a real one of many photos would (50 MB).
		"troly.dossier.part-size=300KB",
		// Evidence downloads that failed are tried again as soon as the test's clock says they are due.
		"troly.evidence.retry.poll-interval=200ms",
		"logging.file.name=" + ChatTest.LOG_FILE })
@Import(ChatTestConfiguration.class)
// Run again against PostgreSQL by the "postgres" surefire execution (TestDatabase).
@Tag("database")
public abstract class ChatTest {

	/** A fresh token for each test JVM, so a log line quoting it can only come from this run. */
	public static final String TOKEN = "424242:" + UUID.randomUUID();

	static {
		// The run's log scan looks for it everywhere (SecretsInLogsTests).
		LogCapture.watchFor(TOKEN);
	}
	public static final String BOT_USERNAME = "troly_test_bot";
	/** Everything the application logged during the chat tests. */
	public static final String LOG_FILE = "target/chat-tests.log";
	protected static final Duration WAIT = Duration.ofSeconds(10);

	private static final AtomicLong ids = new AtomicLong(7_000_000);

	@DynamicPropertySource
	static void token(DynamicPropertyRegistry registry) {
		registry.add("TELEGRAM_BOT_TOKEN", () -> TOKEN);
	}

	@Autowired
	protected BotApiServer telegram;
	/** Waits for what the bot does on {@link #telegram}. */
	@Autowired
	protected BotApiServerProbe probe;

	/** The application's clock; back at {@link ChatTestConfiguration#NOW} before each test. */
	@Autowired
	protected TestClock clock;

	@BeforeEach
	void resetTheClock() {
		clock.set(ChatTestConfiguration.NOW);
	}

	/** A user nobody else in the test run talks as. */
	protected static ChatUser someone(String firstName, String languageCode) {
		return new ChatUser(ids.incrementAndGet(), firstName, languageCode);
	}

	/**
	 * A user nobody else in the test run talks as, registered as the holder of a position the seed
	 * plan names (Văn hóa - xã hội: leads 1.1), since strangers only reach /start.
	 */
	protected ChatUser someOfficial(String firstName, String languageCode) {
		var user = someone(firstName, languageCode);
		register(user, "Văn hóa - xã hội", Role.OFFICIAL);
		return user;
	}

	/** A group (the bot is a member) nobody else in the test run uses. */
	protected GroupChat someGroup(String title) {
		var group = new GroupChat(-ids.incrementAndGet(), title);
		telegram.users().addBotTo(group);
		return group;
	}

	@Autowired
	private PlanManagement plans;
	@Autowired
	private PeopleManagement people;

	/** The seed plan (Phổ Châu 2024) in the database; importing it again changes nothing. */
	protected void seedPlan() {
		plans.importPlan(Path.of("src/test/resources/plans/pho-chau-2024.txt"), null);
	}

	/**
	 * The user registered as holder of a position with a role, the way an invite does it, without
	 * going through the chat (the onboarding tests do that).
	 */
	protected Official register(ChatUser user, String position, Role role) {
		seedPlan();
		var invite = (InviteOutcome.Created) people.createInvite(position, role, null);
		var registered = (RedeemOutcome.Registered) people.redeem(invite.code(), user.id(), user.firstName(),
				user.username());
		return registered.official();
	}

	/** Sends the text as the user and waits for the bot's first message after it. */
	protected BotMessage replyTo(ChatUser user, String text) {
		return probe.awaitReply(telegram.users().sends(user, text), WAIT);
	}

	protected BotMessage replyTo(SentUpdate update) {
		return probe.awaitReply(update, WAIT);
	}

	/**
	 * Stops long polling and starts a new session, as when the application restarts: the new
	 * session asks Telegram for every update not yet confirmed.
	 */
	@Autowired
	private TelegramBotsLongPollingApplication polling;
	@Autowired
	private SpringLongPollingBot bot;
	@Autowired
	private TelegramUrl telegramUrl;

	protected void restartPolling() throws TelegramApiException {
		polling.unregisterBot(bot.getBotToken());
		polling.registerBot(bot.getBotToken(), () -> telegramUrl, new DefaultGetUpdatesGenerator(),
				bot.getUpdatesConsumer());
	}
}
