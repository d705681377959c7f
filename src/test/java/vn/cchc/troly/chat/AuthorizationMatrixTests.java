package vn.cchc.troly.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.cchc.troly.chat.internal.CallbackHandler;
import vn.cchc.troly.chat.internal.ChatCommand;
import vn.cchc.troly.chat.internal.CommandRegistry;
import vn.cchc.troly.people.Official;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.report.LeadershipGroup;
import vn.cchc.troly.sandbox.ApiRequest;
import vn.cchc.troly.sandbox.BotMessage;
import vn.cchc.troly.sandbox.ChatUser;
import vn.cchc.troly.sandbox.GroupChat;
import vn.cchc.troly.sandbox.SentUpdate;
import vn.cchc.troly.telegram.outbound.OutboxRows;

/**
 * Who gets data and who changes anything, for every command and every button prefix the
 * application has: the lists come from the Spring context ({@link CommandRegistry} and every
 * {@link CallbackHandler} bean), so a command added later is tried without anyone remembering to.
 * Each is tried by a stranger, an official, a leader and the coordinator, in their private chat, in
 * the leadership group and in a group that is not it, without an argument and with one. For each
 * try the test compares the row counts of the tables that hold people, reports, settings and
 * summaries before and after, and classifies what the bot sent: a refusal, nothing, or data.
 * <p>
 * The rules: someone the command's declared {@link Access} does not admit is refused (or, in a
 * group, ignored) and changes nothing; in a group that is not the leadership group nobody gets data
 * or changes anything, except for the commands that are meant for any chat ({@link #ANY_GROUP});
 * whoever is admitted in a private chat gets an answer that is not an access refusal; nothing ever
 * ends in the apology for a failure. The matrix is written to target/artifacts/authorization-matrix.txt.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests extends ChatTest {

	/** Commands that may answer, and change the caller's own settings, in any group. */
	private static final Set<String> ANY_GROUP = Set.of("trogiup", "ngonngu", "nhomlanhdao");

	/** A meaningful argument for commands that act on one; others get "2.2". */
	private static final Map<String, String> ARGUMENTS = Map.of("so", "2.2 97", "capnhat", "1.1 Đã họp rà soát",
			"moi", "Tư pháp - Hộ tịch", "ngonngu", "vi", "lichsu", "2.2", "batdau", "khong-phai-ma-moi",
			"hoantac", "2.2", "suamc", "2.2 trang 2");

	/** Tables whose rows are people, reports, settings and summaries; a refused try changes none. */
	private static final List<String> TABLES = List.of("official", "official_role", "official_position", "invite",
			"progress_report", "evidence", "telegram_language", "leadership_group", "sent_summary", "reminder",
			"telegram_start_failure", "telegram_conversation", "dossier_complete", "dossier_gaps_from",
			"evidence_description");

	@Autowired
	CommandRegistry registry;
	@Autowired
	List<CallbackHandler> callbacks;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	OutboxRows outbox;
	@Autowired
	MessageSource messages;
	@Autowired
	LeadershipGroup leadership;

	private final Map<String, Actor> actors = new LinkedHashMap<>();
	private GroupChat leadersGroup;
	private GroupChat foreignGroup;
	private Set<String> refusals;
	private String apology;
	private final List<String> matrix = new ArrayList<>();

	record Actor(String name, ChatUser user, Official official) {
	}

	enum Where {
		PRIVATE, LEADERSHIP_GROUP, FOREIGN_GROUP
	}

	/** What the bot did for one try. */
	record Outcome(List<String> texts, int messages, int edits, Map<String, Integer> rowChanges) {

		boolean silent() {
			return texts.isEmpty() && edits == 0;
		}
	}

	@BeforeAll
	void theCast() {
		seedPlan();
		actors.put("stranger", new Actor("stranger", someone("Lạ", "vi"), null));
		for (var role : List.of(Role.OFFICIAL, Role.LEADER, Role.COORDINATOR)) {
			var user = someone(role.name().toLowerCase(Locale.ROOT), "vi");
			var position = switch (role) {
				case OFFICIAL -> "Văn hóa - xã hội";
				case LEADER -> "Chủ tịch UBND xã";
				case COORDINATOR -> "Văn phòng - Thống kê";
				case PROVINCE -> throw new IllegalStateException("the province is not in this list");
			};
			actors.put(role.name().toLowerCase(Locale.ROOT), new Actor(role.name(), user, register(user, position, role)));
		}
		actors.values().forEach(actor -> telegram.users().opensChat(actor.user()));
		leadersGroup = someGroup("Lãnh đạo xã (ma trận)");
		foreignGroup = someGroup("Nhóm ngoài");
		var vi = Locale.forLanguageTag("vi");
		refusals = Stream.of("chat.access.unregistered", "chat.access.only.LEADER_OR_COORDINATOR",
				"chat.access.only.COORDINATOR", "chat.access.only.PROVINCE", "chat.access.privateOnly", "chat.group.notLeadership", "chat.group.only")
			.map(key -> messages.getMessage(key, null, null, vi)).filter(Objects::nonNull).collect(Collectors.toSet());
		apology = messages.getMessage("telegram.error.apology", null, vi);
	}

	@AfterAll
	void writeTheMatrix() throws IOException {
		Files.createDirectories(Path.of("target/artifacts"));
		Files.write(Path.of("target/artifacts/authorization-matrix.txt"), matrix, StandardCharsets.UTF_8);
	}

	@TestFactory
	Stream<DynamicTest> everyCommand() {
		return registry.commands().stream().filter(c -> !testOnly(c)).map(command -> DynamicTest
			.dynamicTest("/" + command.name() + " (" + command.access() + ")", () -> tryCommand(command)));
	}

	@TestFactory
	Stream<DynamicTest> everyButton() {
		return callbacks.stream().filter(h -> !testOnly(h)).map(handler -> DynamicTest
			.dynamicTest(handler.prefix() + " (" + handler.access() + ")", () -> tryButton(handler)));
	}

	@TestFactory
	Stream<DynamicTest> theMatrixCoversTheWholeRegistry() {
		return Stream.of(DynamicTest.dynamicTest("commands and buttons found", () -> {
			assertThat(registry.commands()).extracting(ChatCommand::name).contains("batdau", "viec", "so", "moi");
			assertThat(callbacks).extracting(CallbackHandler::prefix).contains("undo:", "rep:");
		}));
	}

	private void tryCommand(ChatCommand command) {
		var soft = new SoftAssertions();
		for (var argument : List.of("", ARGUMENTS.getOrDefault(command.name(), "2.2"))) {
			for (var actor : actors.values()) {
				for (var where : Where.values()) {
					var text = "/" + command.name() + (where == Where.PRIVATE ? "" : "@" + BOT_USERNAME)
							+ (argument.isEmpty() ? "" : " " + argument);
					var outcome = attempt(actor, where, chat -> send(actor, where, text));
					note(text, actor, where, outcome);
					judge(soft, text, command.name(), command.access(), actor, where, outcome);
				}
			}
		}
		soft.assertAll();
	}

	private void tryButton(CallbackHandler handler) {
		var soft = new SoftAssertions();
		for (var data : List.of(handler.prefix() + "2.2", handler.prefix() + "999999999",
				handler.prefix() + "<b>'\"&amp;")) {
			for (var actor : actors.values()) {
				for (var where : Where.values()) {
					var outcome = attempt(actor, where, chat -> telegram.users().presses(actor.user(),
							new BotMessage(chat, 1, "text", "…", null, null, null, 0), data));
					note("[" + data + "]", actor, where, outcome);
					var label = "press " + data;
					if (!handler.access().admits(actor.official())) {
						soft.assertThat(outcome.texts()).as(label + " by " + actor.name() + " in " + where)
							.isNotEmpty().allMatch(refusals::contains);
					}
					// Forged data never stores a report, a person, an invite or a setting. Someone the button
					// admits may still get what the button does for them: a flow waiting for their value in
					// their private chat, or (the coordinator's "post the summary") a summary and its record.
					var changes = new LinkedHashMap<>(outcome.rowChanges());
					if (handler.access().admits(actor.official())) {
						changes.keySet().removeAll(List.of("sent_summary", "reminder"));
						if (where == Where.PRIVATE) {
							changes.remove("telegram_conversation");
						}
					}
					soft.assertThat(changes).as(label + " by " + actor.name() + " in " + where + " changed").isEmpty();
					soft.assertThat(outcome.texts()).as(label + " failed").doesNotContain(apology);
				}
			}
		}
		soft.assertAll();
	}

	private void judge(SoftAssertions soft, String text, String name, Access access, Actor actor, Where where,
			Outcome outcome) {
		var label = text + " by " + actor.name() + " in " + where;
		soft.assertThat(outcome.texts()).as(label + " failed").doesNotContain(apology);
		var admitted = access.admits(actor.official());
		var onlyRefused = outcome.texts().stream().allMatch(refusals::contains) && outcome.edits() == 0;
		if (!admitted) {
			soft.assertThat(onlyRefused).as(label + " was not refused: " + outcome.texts()).isTrue();
			soft.assertThat(outcome.rowChanges()).as(label + " changed").isEmpty();
		}
		else if (where == Where.FOREIGN_GROUP && !ANY_GROUP.contains(name)) {
			soft.assertThat(onlyRefused).as(label + " showed data in a foreign group: " + outcome.texts()).isTrue();
			soft.assertThat(outcome.rowChanges()).as(label + " changed").isEmpty();
		}
		else if (where == Where.PRIVATE && access != Access.ANYONE) {
			soft.assertThat(outcome.silent()).as(label + " got no answer").isFalse();
			soft.assertThat(outcome.texts()).as(label + " was refused").noneMatch(t -> t.equals(
					messages.getMessage("chat.access.unregistered", null, Locale.forLanguageTag("vi")))
					|| t.startsWith(messages.getMessage("chat.access.only.COORDINATOR", null, Locale.forLanguageTag("vi")))
					|| t.equals(messages.getMessage("chat.access.only.LEADER_OR_COORDINATOR", null,
							Locale.forLanguageTag("vi"))));
		}
		else if (onlyRefused) {
			soft.assertThat(outcome.rowChanges()).as(label + " was refused yet changed").isEmpty();
		}
	}

	/** Runs one try in the actor's chat for the place, waits until the bot is done with it, and says what changed. */
	private Outcome attempt(Actor actor, Where where, Function<Long, SentUpdate> action) {
		ensureTheLeadershipGroup();
		var chat = switch (where) {
			case PRIVATE -> actor.user().id();
			case LEADERSHIP_GROUP -> leadersGroup.id();
			case FOREIGN_GROUP -> foreignGroup.id();
		};
		var before = rows();
		var requestsBefore = telegram.requests().size();
		var update = action.apply(chat);
		var sentinel = afterwards(actor, chat);
		settled();
		var after = rows();
		var changes = new LinkedHashMap<String, Integer>();
		after.forEach((table, count) -> {
			if (!count.equals(before.get(table))) {
				changes.put(table, count - before.get(table));
			}
		});
		var texts = new ArrayList<String>();
		var edits = 0;
		var sent = 0;
		// One snapshot: a request arriving between two reads must not make the range outrun the list.
		var requests = telegram.requests();
		for (var request : requests.subList(requestsBefore, requests.size())) {
			if (request.sequence() == sentinel.sequence() || request.is("getUpdates")) {
				continue;
			}
			// Only what the try's own chat got: a summary an earlier try posted to the leadership group
			// may still be on its way.
			var to = request.param("chat_id");
			if (to != null && !to.equals(String.valueOf(chat))) {
				continue;
			}
			if (request.is("sendMessage") || request.is("sendPhoto") || request.is("sendDocument")) {
				texts.add(request.param(request.is("sendMessage") ? "text" : "caption"));
				sent++;
			}
			else if (request.is("editMessageText") || request.is("editMessageReplyMarkup")) {
				edits++;
			}
			else if (request.is("answerCallbackQuery") && request.param("text") != null) {
				texts.add(request.param("text"));
			}
		}
		Objects.requireNonNull(update);
		return new Outcome(texts, sent, edits, changes);
	}

	/**
	 * A button press with data nobody owns, after the try in the same chat: the bot answers every
	 * press, and handles a chat's updates in order, so once this is answered the try is done.
	 */
	private ApiRequest afterwards(Actor actor, long chat) {
		var press = telegram.users().presses(actor.user(), new BotMessage(chat, 1, "text", "…", null, null, null, 0),
				"~matrix");
		return probe.callbackAnswer(press, WAIT)
			.orElseThrow(() -> new AssertionError("the bot did not answer the press after the try"));
	}

	/**
	 * Waits until what a try set off by itself has gone out: a summary posted by a button travels as an
	 * event, then through the outbox, after the press is answered, and must not count for the next try.
	 */
	private void settled() {
		// The database tells no one when an event completes, so look again every few milliseconds. The
		// events first: an event's messages are written before it completes, so they are then in the outbox.
		await("events and outbox drained").atMost(WAIT).pollInterval(Duration.ofMillis(5))
			.until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
				.query(Integer.class).single() == 0 && outbox.pending() == 0);
	}

	private SentUpdate send(Actor actor, Where where, String text) {
		return switch (where) {
			case PRIVATE -> telegram.users().sends(actor.user(), text);
			case LEADERSHIP_GROUP -> telegram.users().sendsIn(leadersGroup, actor.user(), text);
			case FOREIGN_GROUP -> telegram.users().sendsIn(foreignGroup, actor.user(), text);
		};
	}

	/** A try may have moved the leadership group (/nhomlanhdao); each starts from ours. */
	private void ensureTheLeadershipGroup() {
		if (!leadership.isLeadershipGroup(leadersGroup.id())) {
			leadership.set(leadersGroup.id(), leadersGroup.title(), null);
		}
	}

	private Map<String, Integer> rows() {
		var counts = new LinkedHashMap<String, Integer>();
		for (var table : TABLES) {
			counts.put(table, jdbc.sql("select count(*) from " + table).query(Integer.class).single());
		}
		return counts;
	}

	private void note(String text, Actor actor, Where where, Outcome outcome) {
		var kind = outcome.silent() ? "nothing"
				: outcome.texts().stream().allMatch(refusals::contains) && outcome.edits() == 0 ? "refused"
				: outcome.messages() == 0 && outcome.edits() == 0 ? "alert" : "data";
		matrix.add(String.format("%-45s %-12s %-17s %-8s %s", shorten(text), actor.name(), where, kind,
				outcome.rowChanges().isEmpty() ? "" : outcome.rowChanges()));
	}

	private static String shorten(String text) {
		return text.length() > 45 ? text.substring(0, 44) + "…" : text;
	}

	/** The commands and buttons {@link ChatTestConfiguration} adds for other tests are not the application's. */
	private static boolean testOnly(Object bean) {
		return bean.getClass().getEnclosingClass() == ChatTestConfiguration.class;
	}
}
