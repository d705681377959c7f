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
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.cchc.troly.chat.internal.CallbackHandler;
import vn.cchc.troly.chat.internal.ChatCommand;
import vn.cchc.troly.chat.internal.CommandRegistry;
import vn.cchc.troly.people.InviteOutcome;
import vn.cchc.troly.people.Official;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.RedeemOutcome;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.people.UnitId;
import vn.cchc.troly.people.UnitScope;
import vn.cchc.troly.people.Units;
import vn.cchc.troly.plan.PlanItem;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.plan.PlanManagement;
import vn.cchc.troly.progress.DocumentFacts;
import vn.cchc.troly.progress.EvidenceKeeping;
import vn.cchc.troly.progress.EvidenceOutcome;
import vn.cchc.troly.progress.ExplanationOutcome;
import vn.cchc.troly.progress.Explanations;
import vn.cchc.troly.progress.FigureOutcome;
import vn.cchc.troly.progress.ProgressManagement;
import vn.cchc.troly.report.DossierGaps;
import vn.cchc.troly.report.LeadershipGroup;
import vn.cchc.troly.report.Reminders;
import vn.cchc.troly.report.Summaries;
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
 * <p>
 * The column "another unit": the database holds a second unit (UBND phường Khác) with its own plan
 * (the seed's, plus an item 9.9 only it has), people, reports, a proposal, evidence, requests for an
 * explanation, leadership group, summary, reminders and an unused invite. Every command is sent by the
 * first unit's official, leader and coordinator with the second unit's item code, evidence or invite,
 * and every button is pressed with data forged from the second unit's ids, in private, in their own
 * leadership group and in the other unit's group. None of it may show anything of the other unit
 * (its people's names, its figures, its notes, its name), send anything to its people or its group,
 * or change any of its rows; a press changes nothing at all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// Two units in one database: every other chat test works in one.
@OwnDatabase("authorization_matrix")
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
	@Autowired
	UnitScope scope;
	@Autowired
	Units units;
	@Autowired
	PlanManagement plans;
	@Autowired
	PlanItems planItems;
	@Autowired
	PeopleManagement people;
	@Autowired
	ProgressManagement progress;
	@Autowired
	EvidenceKeeping keeping;
	@Autowired
	Explanations explanations;
	@Autowired
	Summaries summaries;
	@Autowired
	Reminders reminders;
	@Autowired
	DossierGaps gaps;
	@Autowired
	JdbcAggregateTemplate aggregates;

	private final Map<String, Actor> actors = new LinkedHashMap<>();
	private GroupChat leadersGroup;
	private GroupChat foreignGroup;
	private Set<String> refusals;
	private String apology;
	private final List<String> matrix = new ArrayList<>();
	private final List<String> otherUnitColumn = new ArrayList<>();
	private UnitId home;
	private OtherUnit other;

	record Actor(String name, ChatUser user, Official official) {
	}

	enum Where {
		PRIVATE, LEADERSHIP_GROUP, FOREIGN_GROUP, OTHER_UNITS_GROUP
	}

	/**
	 * The second unit and what it holds: ids a forged button may carry, words that must never reach
	 * the first unit's people, and the chats of its people and group.
	 */
	record OtherUnit(UnitId unit, GroupChat group, Set<Long> chats, String itemCode, long itemId, long reportId,
			long proposalId, long evidenceId, long waitingExplanationId, long answeredExplanationId, long leadPositionId,
			long leaderPositionId, String inviteCode, List<String> marks) {

		/** The second unit's words in a text, if any: a name, a figure, a note, the unit's name. */
		List<String> marksIn(String text) {
			var lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
			return marks.stream().filter(mark -> lower.contains(mark.toLowerCase(Locale.ROOT))).toList();
		}
	}

	/** What the bot did for one try. */
	record Outcome(List<String> texts, int messages, int edits, Map<String, Integer> rowChanges,
			List<String> toOtherUnit) {

		boolean silent() {
			return texts.isEmpty() && edits == 0;
		}
	}

	@BeforeAll
	void theCast() {
		seedPlan();
		home = units.find("UBND xã Phổ Châu").orElseThrow().unitId();
		other = scope.within(theOtherUnit(), this::itsPeopleAndData);
		settled();
		actors.put("stranger", new Actor("stranger", someone("Lạ", "vi"), null));
		for (var role : List.of(Role.OFFICIAL, Role.LEADER, Role.COORDINATOR)) {
			var user = someone(role.name().toLowerCase(Locale.ROOT), "vi");
			var position = switch (role) {
				case OFFICIAL -> "Văn hóa - xã hội";
				case LEADER -> "Chủ tịch UBND xã";
				case COORDINATOR -> "Văn phòng - Thống kê";
				case PROVINCE -> throw new IllegalStateException("the province is not in this list");
			};
			actors.put(role.name().toLowerCase(Locale.ROOT),
					new Actor(role.name(), user, scope.within(home, () -> register(user, position, role))));
		}
		actors.values().forEach(actor -> telegram.users().opensChat(actor.user()));
		leadersGroup = someGroup("Lãnh đạo xã (ma trận)");
		foreignGroup = someGroup("Nhóm ngoài");
		var vi = Locale.forLanguageTag("vi");
		refusals = Stream.of("chat.access.unregistered", "chat.access.only.LEADER_OR_COORDINATOR",
				"chat.access.only.COORDINATOR", "chat.access.only.PROVINCE", "chat.access.privateOnly",
				"chat.group.notLeadership", "chat.group.only", "chat.group.otherUnit", "chat.group.otherUnit.button")
			.map(key -> messages.getMessage(key, null, null, vi)).filter(Objects::nonNull).collect(Collectors.toSet());
		apology = messages.getMessage("telegram.error.apology", null, vi);
	}

	/** The second unit, its plan the seed's with an item of its own (9.9), its deadline set. */
	private UnitId theOtherUnit() {
		var unit = units.add("UBND phường Khác").unitId();
		scope.run(unit, () -> {
			plans.importPlan(Path.of("src/test/resources/plans/pho-chau-2024.txt"), "UBND phường Khác");
			var like = planItems.byCode("2.2").orElseThrow();
			var own = aggregates.insert(new PlanItem(null, like.plan(), "9.9", 99, like.sectionCode(),
					"PKHAC chỉ tiêu riêng của phường", like.baseline(), like.target(), like.leadPosition(), like.leadText(),
					like.leadDuty(), like.coordinatingText(), like.coordinating(), like.timeframe(), null, null));
			planItems.setDeadline(own.itemId(), java.time.LocalDate.of(2024, 12, 31));
		});
		return unit;
	}

	/** In the second unit's scope: its people, through invites of that unit, and everything they did. */
	private OtherUnit itsPeopleAndData() {
		var unit = scope.current().orElseThrow();
		var lead = someone("PKHAC Lan", "vi");
		var helper = someone("PKHAC Minh", "vi");
		var leader = someone("PKHAC Nga", "vi");
		var coordinator = someone("PKHAC Oanh", "vi");
		var leadOfficial = joins(lead, "Văn phòng - Thống kê", Role.OFFICIAL);
		var helperOfficial = joins(helper, "Bộ phận Một cửa xã", Role.OFFICIAL);
		var leaderOfficial = joins(leader, "Chủ tịch UBND phường", Role.LEADER);
		var coordinatorOfficial = joins(coordinator, "Văn phòng - Thống kê", Role.COORDINATOR);
		List.of(lead, helper, leader, coordinator).forEach(user -> telegram.users().opensChat(user));

		var figure = (FigureOutcome.Recorded) progress.recordFigure(leadOfficial, "2.2", "91,37");
		progress.recordNote(leadOfficial, "1.2", "PKHAC ghi chú tiến độ", false);
		progress.recordFigure(leadOfficial, "9.9", "88,19");
		var proposal = (FigureOutcome.Proposed) progress.recordFigure(helperOfficial, "2.2", "92,46");
		var evidence = (EvidenceOutcome.Recorded) keeping.keepText(leadOfficial, "2.2",
				"PKHAC văn bản minh chứng của phường, đủ dài để được giữ như một tệp.");
		keeping.describe(leadOfficial, evidence.evidenceId(), new DocumentFacts("77/QĐ-UBND", null, "PKHAC", null));
		var waiting = (ExplanationOutcome.Asked) explanations.ask(leaderOfficial, "3.4", "PKHAC cần giải trình");
		var answered = (ExplanationOutcome.Asked) explanations.ask(leaderOfficial, "2.2", "PKHAC hỏi vì sao");
		explanations.answer(leadOfficial, answered.explanation().id(), "PKHAC trả lời đã rõ");
		var group = someGroup("PKHAC lãnh đạo phường");
		leadership.set(group.id(), group.title(), coordinatorOfficial.id());
		summaries.postNow(coordinatorOfficial.id());
		reminders.sendNow();
		gaps.mark("1.1", coordinatorOfficial, true);
		var invite = (InviteOutcome.Created) people.createInvite("Văn phòng - Thống kê", Role.OFFICIAL, null);
		var item = planItems.byCode("9.9").orElseThrow();
		var chats = new java.util.HashSet<Long>(List.of(lead.id(), helper.id(), leader.id(), coordinator.id(), group.id()));
		return new OtherUnit(unit, group, Set.copyOf(chats), "9.9", item.id(), figure.reportId(), proposal.reportId(),
				evidence.evidenceId(), waiting.explanation().id(), answered.explanation().id(),
				people.holdersOf("Văn phòng - Thống kê").orElseThrow().positionId(),
				people.holdersOf("Chủ tịch UBND phường").orElseThrow().positionId(), invite.code(),
				List.of("PKHAC", "phường Khác", "91,37", "91.37", "92,46", "92.46", "88,19", "88.19", "77/QĐ"));
	}

	/** Registered in the unit in scope through an invite of that unit (not ChatTest's register: that imports the seed plan). */
	private Official joins(ChatUser user, String position, Role role) {
		var invite = (InviteOutcome.Created) people.createInvite(position, role, null);
		return ((RedeemOutcome.Registered) people.redeem(invite.code(), user.id(), user.firstName(), user.username()))
			.official();
	}

	@AfterAll
	void writeTheMatrix() throws IOException {
		Files.createDirectories(Path.of("target/artifacts"));
		var lines = new ArrayList<>(matrix);
		lines.add("");
		lines.add("Column \"another unit\" (the first unit's people on the second unit's data)");
		lines.addAll(otherUnitColumn);
		Files.write(Path.of("target/artifacts/authorization-matrix.txt"), lines, StandardCharsets.UTF_8);
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
	Stream<DynamicTest> everyCommandOnAnotherUnit() {
		return registry.commands().stream().filter(c -> !testOnly(c)).map(command -> DynamicTest
			.dynamicTest("/" + command.name() + ": another unit", () -> tryCommandOnAnotherUnit(command)));
	}

	@TestFactory
	Stream<DynamicTest> everyButtonOnAnotherUnit() {
		return callbacks.stream().filter(h -> !testOnly(h)).map(handler -> DynamicTest
			.dynamicTest(handler.prefix() + ": another unit", () -> tryButtonOnAnotherUnit(handler)));
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
				for (var where : List.of(Where.PRIVATE, Where.LEADERSHIP_GROUP, Where.FOREIGN_GROUP)) {
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
				for (var where : List.of(Where.PRIVATE, Where.LEADERSHIP_GROUP, Where.FOREIGN_GROUP)) {
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

	/**
	 * The command with the other unit's item code (or its evidence, its invite), and without an
	 * argument, by the first unit's people wherever they may be: nothing of the other unit is shown,
	 * sent to its people or changed. In the other unit's group only refusals or nothing, as in any
	 * group that is not the caller's leadership group.
	 */
	private void tryCommandOnAnotherUnit(ChatCommand command) {
		var soft = new SoftAssertions();
		var tries = 0;
		for (var argument : List.of("", otherUnitsArgument(command.name()))) {
			for (var actor : unitPeople()) {
				for (var where : List.of(Where.PRIVATE, Where.LEADERSHIP_GROUP, Where.OTHER_UNITS_GROUP)) {
					var text = "/" + command.name() + (where == Where.PRIVATE ? "" : "@" + BOT_USERNAME)
							+ (argument.isEmpty() ? "" : " " + argument);
					var before = otherUnitsRows();
					var outcome = attempt(actor, where, chat -> send(actor, where, text));
					var label = text + " by " + actor.name() + " in " + where;
					judgeOnAnotherUnit(soft, label, argument, before, outcome);
					if (where == Where.OTHER_UNITS_GROUP && !ANY_GROUP.contains(command.name())) {
						soft.assertThat(onlyRefused(outcome)).as(label + " answered in the other unit's group: " + outcome.texts())
							.isTrue();
						soft.assertThat(outcome.rowChanges()).as(label + " changed").isEmpty();
					}
					tries++;
				}
			}
		}
		otherUnitColumn.add(String.format("%-45s another unit: %s (%d tries)", "/" + command.name(),
				soft.errorsCollected().isEmpty() ? "refused" : "LEAK", tries));
		soft.assertAll();
	}

	/**
	 * The button with data forged from the other unit's ids and item code: refused or expired, nothing of
	 * the other unit shown, and nothing in the database changed (but the caller's own summary and
	 * reminders, which "post the summary now" makes whatever follows its data).
	 */
	private void tryButtonOnAnotherUnit(CallbackHandler handler) {
		var soft = new SoftAssertions();
		var tries = 0;
		for (var data : forgedData(handler)) {
			for (var actor : unitPeople()) {
				for (var where : List.of(Where.PRIVATE, Where.LEADERSHIP_GROUP, Where.OTHER_UNITS_GROUP)) {
					var before = otherUnitsRows();
					var outcome = attempt(actor, where, chat -> telegram.users().presses(actor.user(),
							new BotMessage(chat, 1, "text", "…", null, null, null, 0), data));
					var label = "press " + data + " by " + actor.name() + " in " + where;
					judgeOnAnotherUnit(soft, label, data, before, outcome);
					var changes = new LinkedHashMap<>(outcome.rowChanges());
					if (handler.access().admits(actor.official()) && where != Where.OTHER_UNITS_GROUP) {
						changes.keySet().removeAll(List.of("sent_summary", "reminder"));
					}
					// A press may end the caller's own step waiting in the chat ("send without a note" does); it
					// may not start one about the other unit's data.
					changes.computeIfPresent("telegram_conversation", (table, change) -> change < 0 ? null : change);
					soft.assertThat(changes).as(label + " changed").isEmpty();
					if (where == Where.OTHER_UNITS_GROUP) {
						soft.assertThat(onlyRefused(outcome)).as(label + " was not refused: " + outcome.texts()).isTrue();
					}
					tries++;
				}
			}
		}
		otherUnitColumn.add(String.format("%-45s another unit: %s (%d tries)", handler.prefix() + "…",
				soft.errorsCollected().isEmpty() ? "refused" : "LEAK", tries));
		soft.assertAll();
	}

	/** What the first unit's person typed may come back to them ("no item phường Khác"): only the rest counts. */
	private void judgeOnAnotherUnit(SoftAssertions soft, String label, String typed, Map<String, Object> before,
			Outcome outcome) {
		var echoed = other.marksIn(typed);
		soft.assertThat(outcome.texts()).as(label + " failed").doesNotContain(apology);
		soft.assertThat(outcome.texts().stream().flatMap(t -> other.marksIn(t).stream()).filter(m -> !echoed.contains(m))
			.toList())
			.as(label + " showed the other unit's data: " + outcome.texts()).isEmpty();
		soft.assertThat(outcome.toOtherUnit()).as(label + " sent to the other unit's people or group").isEmpty();
		soft.assertThat(otherUnitsRows()).as(label + " changed the other unit's rows").isEqualTo(before);
	}

	private boolean onlyRefused(Outcome outcome) {
		return outcome.texts().stream().allMatch(refusals::contains) && outcome.edits() == 0;
	}

	/** The first unit's people: the other unit is "another unit" to each of them. */
	private List<Actor> unitPeople() {
		return actors.values().stream().filter(actor -> actor.official() != null).toList();
	}

	/** The command's usual argument with the other unit's item, evidence or invite in it. */
	private String otherUnitsArgument(String command) {
		return switch (command) {
			case "suamc" -> "#" + other.evidenceId() + " số 12/QĐ-UBND trang 3";
			case "batdau" -> other.inviteCode();
			case "moi" -> "Chủ tịch UBND phường lanhdao";
			case "tinhhinh", "xuat", "hoso" -> "phường Khác";
			default -> ARGUMENTS.getOrDefault(command, "2.2").replace("2.2", other.itemCode());
		};
	}

	/**
	 * Data a client could forge from the other unit's ids, for the handler: its prefix with each id and
	 * with the other unit's item code, and the composite forms the router would bring to it.
	 */
	private List<String> forgedData(CallbackHandler handler) {
		var tokens = List.of(other.itemCode(), String.valueOf(other.itemId()), String.valueOf(other.reportId()),
				String.valueOf(other.proposalId()), String.valueOf(other.evidenceId()),
				String.valueOf(other.waitingExplanationId()), String.valueOf(other.answeredExplanationId()),
				String.valueOf(other.leadPositionId()), String.valueOf(other.unit().value()));
		var composite = new ArrayList<String>();
		for (var id : List.of(other.proposalId(), other.reportId())) {
			composite.add("prop:ok:" + id);
			composite.add("prop:no:" + id);
		}
		for (var id : List.of(other.waitingExplanationId(), other.answeredExplanationId())) {
			composite.add("explain:reply:" + id);
		}
		composite.addAll(List.of("explain:ask:" + other.itemCode(), "explain:send:" + other.itemCode(),
				"explain:send:3.4", "han:" + other.itemCode() + ":20250101", "han:x:" + other.itemCode(),
				"offer:1:i:" + other.itemCode(), "explain:unit:" + other.unit().value() + ":2.2",
				"explain:unitsend:" + other.unit().value() + ":2.2"));
		for (var position : List.of(other.leadPositionId(), other.leaderPositionId())) {
			for (var role : List.of("C", "L", "O")) {
				composite.add("moi:" + position + ":" + role);
			}
		}
		var data = new java.util.LinkedHashSet<String>();
		// An id that happens to be one of the first unit's item codes ("4") names that unit's own item.
		tokens.stream().filter(token -> scope.within(home, () -> planItems.byCode(token)).isEmpty())
			.forEach(token -> data.add(handler.prefix() + token));
		composite.stream().filter(d -> routedTo(d) == handler).forEach(data::add);
		return List.copyOf(data);
	}

	/** The handler the router gives the data to: the longest prefix that matches. */
	private CallbackHandler routedTo(String data) {
		return callbacks.stream().filter(h -> data.startsWith(h.prefix()))
			.max(java.util.Comparator.comparingInt(h -> h.prefix().length())).orElse(null);
	}

	/**
	 * The other unit's rows: its people, invites, positions, plan items and their deadlines, reports,
	 * evidence and descriptions, requests and answers, group, summaries, reminders and dossier marks.
	 */
	private Map<String, Object> otherUnitsRows() {
		var unit = other.unit().value();
		var items = "(select i.id from plan_item i join plan p on p.id = i.plan_id where p.unit_id = " + unit + ")";
		var officials = "(select o.id from official o where o.unit_id = " + unit + ")";
		var queries = new LinkedHashMap<String, String>();
		queries.put("official", "select count(*) from official where unit_id = " + unit + " and active");
		queries.put("official_role", "select count(*) from official_role where official_id in " + officials);
		queries.put("official_position", "select count(*) from official_position where official_id in " + officials);
		queries.put("invite", "select count(*) from invite where unit_id = " + unit + " and used_at is null");
		queries.put("job_position", "select count(*) from job_position where unit_id = " + unit);
		queries.put("plan_item", "select count(*) from plan_item where id in " + items);
		queries.put("deadline", "select count(*) from plan_item where id in " + items + " and deadline is not null");
		queries.put("progress_report", "select count(*) from progress_report where plan_item_id in " + items);
		queries.put("evidence", "select count(*) from evidence where plan_item_id in " + items);
		queries.put("evidence_description", "select count(*) from evidence_description d join evidence e"
				+ " on e.id = d.evidence_id where e.plan_item_id in " + items);
		queries.put("explanation", "select count(*) from explanation where plan_item_id in " + items);
		queries.put("explanation_answer", "select count(*) from explanation_answer a join explanation x"
				+ " on x.id = a.explanation_id where x.plan_item_id in " + items);
		queries.put("leadership_group", "select count(*) from leadership_group where unit_id = " + unit);
		queries.put("sent_summary", "select count(*) from sent_summary where unit_id = " + unit);
		queries.put("reminder", "select count(*) from reminder where official_id in " + officials);
		queries.put("dossier_complete", "select count(*) from dossier_complete where plan_item_id in " + items);
		var rows = new LinkedHashMap<String, Object>();
		queries.forEach((name, sql) -> rows.put(name, jdbc.sql(sql).query(Integer.class).single()));
		rows.put("group", scope.within(other.unit(), () -> leadership.current().map(g -> g.chatId()).orElse(null)));
		return rows;
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
			case OTHER_UNITS_GROUP -> other.group().id();
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
		var toOtherUnit = new ArrayList<String>();
		var edits = 0;
		var sent = 0;
		// One snapshot: a request arriving between two reads must not make the range outrun the list.
		var requests = telegram.requests();
		for (var request : requests.subList(requestsBefore, requests.size())) {
			if (request.sequence() == sentinel.sequence() || request.is("getUpdates")) {
				continue;
			}
			// Only what the try's own chat got: a summary an earlier try posted to the leadership group
			// may still be on its way. What the other unit's people or group got (but the try's own chat) is
			// noted apart: nothing a first-unit person does may reach them.
			var to = request.param("chat_id");
			if (to != null && other != null && !to.equals(String.valueOf(chat)) && other.chats().contains(Long.valueOf(to))) {
				toOtherUnit.add(request.method() + " to " + to + ": " + request.param("text"));
			}
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
		return new Outcome(texts, sent, edits, changes, toOtherUnit);
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
			case OTHER_UNITS_GROUP -> telegram.users().sendsIn(other.group(), actor.user(), text);
		};
	}

	/** A try may have moved the leadership group (/nhomlanhdao); each starts from ours. */
	private void ensureTheLeadershipGroup() {
		scope.run(home, () -> {
			if (!leadership.isLeadershipGroup(leadersGroup.id())) {
				leadership.set(leadersGroup.id(), leadersGroup.title(), null);
			}
		});
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
