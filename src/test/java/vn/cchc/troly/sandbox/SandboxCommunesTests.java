package vn.cchc.troly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.troly.people.Official;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.UnitId;
import vn.cchc.troly.people.UnitScope;
import vn.cchc.troly.people.Units;
import vn.cchc.troly.report.LeadershipChat;
import vn.cchc.troly.report.LeadershipGroup;

/**
 * The sandbox's second commune (xã Tịnh Bình, its own plan, people and group) and the province's
 * officer: what a visitor switching persona on the page finds, each commune seeing only its own plan.
 */
class SandboxCommunesTests extends SandboxTest {

	private static final String TINH_BINH = "UBND xã Tịnh Bình";

	@Autowired
	PeopleManagement people;
	@Autowired
	Units units;
	@Autowired
	UnitScope scope;
	@Autowired
	LeadershipGroup leadership;
	@Autowired
	JdbcTemplate jdbc;

	private final JsonMapper mapper = JsonMapper.builder().build();

	@Test
	void thePageGroupsPeopleByCommuneThenTheProvince() throws Exception {
		var state = getJson("/api/state");

		var unitsShown = state.get("units");
		assertThat(unitsShown).hasSize(3);
		assertThat(unitsShown.get(0).get("name").asString()).isEqualTo("UBND xã Phổ Châu");
		assertThat(unitsShown.get(1).get("name").asString()).isEqualTo(TINH_BINH);
		assertThat(unitsShown.get(1).get("key").asString()).isEqualTo(String.valueOf(tinhBinh().value()));
		assertThat(unitsShown.get(2).get("key").asString()).isEqualTo("province");
		assertThat(unitsShown.get(2).get("province").asBoolean()).isTrue();
		assertThat(state.get("groups")).extracting(g -> g.get("title").asString()).containsExactly(
				"Lãnh đạo UBND xã", "Lãnh đạo UBND xã Tịnh Bình", "Sở Nội vụ — theo dõi CCHC các xã");
		assertThat(state.get("groups")).extracting(g -> g.get("unit").asString())
			.containsExactly(unitsShown.get(0).get("key").asString(), unitsShown.get(1).get("key").asString(), "province");
		// No Telegram id is played twice.
		var ids = new HashSet<Long>();
		state.get("people").forEach(p -> assertThat(ids.add(p.get("id").asLong())).as(p.toString()).isTrue());
		assertThat(getJson("/api/texts?lang=en").get("province").asString()).isEqualTo("Province — Department of Home Affairs");
	}

	@Test
	void theSecondCommunesPeopleAreRegisteredInItsOwnUnitWithItsOwnGroup() throws Exception {
		var tinhBinh = tinhBinh();
		var people = peopleOf(String.valueOf(tinhBinh.value()));

		assertThat(people).extracting(p -> p.get("name").asString()).contains("Nguyễn Văn An", "Lê Thị Hồng",
				"Phan Văn Tài", "Đỗ Thị Ngọc", "Bùi Thị Yến", "Ngô Thị Hạnh");
		assertThat(people).allSatisfy(p -> {
			assertThat(p.get("registered").asBoolean()).as(p.toString()).isTrue();
			assertThat(this.people.findByTelegramUser(p.get("id").asLong()).flatMap(Official::unit)).hasValue(tinhBinh);
		});
		var chairman = person(SandboxCast.SECOND_CHAIRMAN_ID);
		assertThat(chairman.get("roles").toString()).isEqualTo("[\"LEADER\"]");
		var coordinator = coordinatorOf(tinhBinh);
		assertThat(coordinator.get("name").asString()).isEqualTo("Lê Thị Hồng");
		assertThat(coordinator.get("position").asString()).isEqualTo("Văn phòng - Thống kê");
		assertThat(coordinator.get("roles").toString()).isEqualTo("[\"COORDINATOR\",\"OFFICIAL\"]");
		assertThat(scope.within(tinhBinh, leadership::current)).get().extracting(LeadershipChat::chatId)
			.isEqualTo(SandboxCast.SECOND_GROUP_ID);
		assertThat(group(SandboxCast.SECOND_GROUP_ID).get("members").toString())
			.isEqualTo("[" + SandboxCast.SECOND_CHAIRMAN_ID + "," + coordinator.get("id").asLong() + "]");
	}

	@Test
	void theProvinceOfficerIsRegisteredForTheProvinceWithNoUnitAndHasTheProvinceGroup() throws Exception {
		var official = people.findByTelegramUser(SandboxCast.PROVINCE_ID).orElseThrow();

		assertThat(official.isProvince()).isTrue();
		assertThat(official.unit()).isEmpty();
		assertThat(official.roles()).extracting(Official.RoleGrant::role)
			.containsExactly(vn.cchc.troly.people.Role.PROVINCE);
		var shown = person(SandboxCast.PROVINCE_ID);
		assertThat(shown.get("unit").asString()).isEqualTo("province");
		assertThat(shown.get("position").asString()).isEqualTo("Sở Nội vụ");
		assertThat(shown.get("roles").toString()).isEqualTo("[\"PROVINCE\"]");
		assertThat(leadership.province()).get().extracting(LeadershipChat::chatId)
			.isEqualTo(SandboxCast.PROVINCE_GROUP_ID);
		assertThat(group(SandboxCast.PROVINCE_GROUP_ID).get("members").toString())
			.isEqualTo("[" + SandboxCast.PROVINCE_ID + "]");

		// Usable from the page: the officer writes in the private chat and in the province's group.
		assertThat(post("/api/send", "{\"chat\":" + SandboxCast.PROVINCE_ID + ",\"user\":" + SandboxCast.PROVINCE_ID
				+ ",\"text\":\"/trogiup\"}").statusCode()).isEqualTo(200);
		probe.awaitMessageTo(SandboxCast.PROVINCE_ID, m -> true, WAIT);
		assertThat(post("/api/send", "{\"chat\":" + SandboxCast.PROVINCE_GROUP_ID + ",\"user\":" + SandboxCast.PROVINCE_ID
				+ ",\"text\":\"/trogiup\"}").statusCode()).isEqualTo(200);
		// A commune's official is no member of the province's group.
		assertThat(post("/api/send", "{\"chat\":" + SandboxCast.PROVINCE_GROUP_ID + ",\"user\":" + CHAIRMAN
				+ ",\"text\":\"/trogiup\"}").statusCode()).isEqualTo(400);
	}

	@Test
	void eachCommunesCoordinatorSeesOnlyTheirOwnPlansItems() throws Exception {
		var secondCoordinator = coordinatorOf(tinhBinh()).get("id").asLong();

		var theirs = itemsOf(secondCoordinator);
		var mine = itemsOf(COORDINATOR);

		assertThat(theirs).contains("Tỷ lệ văn bản cấp trên giao", "Tỷ lệ hồ sơ nộp trực tuyến")
			.doesNotContain("Thực hiện các nhiệm vụ cấp trên giao", "dịch vụ công trực tuyến một phần");
		assertThat(mine).contains("Thực hiện các nhiệm vụ cấp trên giao")
			.doesNotContain("Tỷ lệ văn bản cấp trên giao", "Tỷ lệ hồ sơ nộp trực tuyến");
	}

	@Test
	void theSecondCommunesChairmanSeesTheSecondPlansStanding() throws Exception {
		var update = telegram.users().sends(seed.person(SandboxCast.SECOND_CHAIRMAN_ID).orElseThrow().user(), "/tinhhinh");

		var reply = probe.awaitReply(update, WAIT);

		assertThat(reply.text()).contains("<b>3.a</b> Tỷ lệ hồ sơ nộp trực tuyến").doesNotContain("<b>1.1</b>",
				"Sáng kiến");
	}

	@Test
	void theProvinceOfficersStandingNamesBothCommunes() {
		var update = telegram.users().sends(SandboxCast.PROVINCE.user(), "/tinhhinh");

		var reply = probe.awaitReply(update, WAIT);

		assertThat(reply.text()).contains("Phổ Châu", "Tịnh Bình");
	}

	@Test
	void theSummaryButtonPostsTheOpenCommunesSummaryToItsGroupAndFromTheProvinceEveryCommunes() throws Exception {
		var key = String.valueOf(tinhBinh().value());

		var second = mapper.readTree(post("/api/summary", "{\"lang\":\"vi\",\"unit\":\"" + key + "\"}").body());

		assertThat(second.get("outcome").asString()).isEqualTo("posted");
		assertThat(second.get("chat").asLong()).isEqualTo(SandboxCast.SECOND_GROUP_ID);
		assertThat(second.get("text").asString()).contains("“Lãnh đạo UBND xã Tịnh Bình”");
		var summary = probe.awaitMessageTo(SandboxCast.SECOND_GROUP_ID,
				m -> m.text() != null && m.text().contains("📊 Tổng hợp tuần"), WAIT);
		assertThat(summary.text()).doesNotContain("Phổ Châu");
		probe.awaitMessageTo(SandboxCast.SECOND_GROUP_ID, m -> m.file() != null, WAIT);
		assertThat(telegram.messagesIn(SandboxCast.LEADERSHIP_GROUP_ID)).as("nothing in the first commune's group")
			.isEmpty();

		var everyCommune = mapper.readTree(post("/api/summary", "{\"lang\":\"vi\",\"unit\":\"province\"}").body());

		assertThat(everyCommune.get("outcome").asString()).isEqualTo("posted");
		assertThat(everyCommune.get("text").asString()).contains("Đã gửi tổng hợp tuần vào nhóm “Lãnh đạo UBND xã”")
			.contains("đã được gửi vào nhóm “Lãnh đạo UBND xã Tịnh Bình”");
		probe.awaitMessageTo(SandboxCast.LEADERSHIP_GROUP_ID, m -> m.file() != null, WAIT);
		assertThat(jdbc.queryForObject("select count(*) from sent_summary", Integer.class)).isEqualTo(2);
		assertThat(telegram.messagesIn(SandboxCast.SECOND_GROUP_ID).stream().filter(m -> m.file() != null))
			.as("one a week").hasSize(1);
		assertThat(telegram.messagesIn(SandboxCast.PROVINCE_GROUP_ID)).as("no commune summary in the province's group")
			.isEmpty();
	}

	@Test
	void theDossierIsTheOpenCommunes() throws Exception {
		var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(page.url())
			.resolve("/api/dossier?lang=vi&unit=" + tinhBinh().value())).build(), HttpResponse.BodyHandlers.ofByteArray());

		assertThat(response.statusCode()).isEqualTo(200);
		var names = new ArrayList<String>();
		try (var zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		assertThat(names).anyMatch(name -> name.contains("Tỷ lệ hồ sơ nộp trực tuyến"))
			.noneMatch(name -> name.contains("dịch vụ công trực tuyến một phần"));
	}

	@Test
	void startingOverWipesAndSeedsBothCommunesAndTheProvince() throws Exception {
		var secondCoordinator = coordinatorOf(tinhBinh());
		post("/api/send", "{\"chat\":" + secondCoordinator.get("id").asLong() + ",\"user\":"
				+ secondCoordinator.get("id").asLong() + ",\"text\":\"/trogiup\"}");
		probe.awaitMessageTo(secondCoordinator.get("id").asLong(), m -> true, WAIT);
		var before = getJson("/api/state").toString().replaceAll("\"lastMessageId\":\\d+", "");

		assertThat(post("/api/reset", "{}").statusCode()).isEqualTo(200);

		assertThat(getJson("/api/chat?id=" + secondCoordinator.get("id").asLong()).get("messages")).isEmpty();
		assertThat(getJson("/api/state").toString().replaceAll("\"lastMessageId\":\\d+", "")).isEqualTo(before);
		assertThat(jdbc.queryForObject("select count(*) from admin_unit", Integer.class)).isEqualTo(2);
		assertThat(people.findByTelegramUser(SandboxCast.PROVINCE_ID)).get().extracting(Official::isProvince)
			.isEqualTo(true);
	}

	private UnitId tinhBinh() {
		return units.find(TINH_BINH).orElseThrow().unitId();
	}

	private java.util.List<JsonNode> peopleOf(String unitKey) throws Exception {
		var list = new ArrayList<JsonNode>();
		getJson("/api/state").get("people").forEach(p -> {
			if (p.get("unit").asString().equals(unitKey)) {
				list.add(p);
			}
		});
		return list;
	}

	private JsonNode coordinatorOf(UnitId unit) throws Exception {
		return peopleOf(String.valueOf(unit.value())).stream().filter(p -> p.get("role").asString().equals("COORDINATOR"))
			.findFirst().orElseThrow();
	}

	private JsonNode group(long chatId) throws Exception {
		for (var group : getJson("/api/state").get("groups")) {
			if (group.get("id").asLong() == chatId) {
				return group;
			}
		}
		throw new AssertionError("no group " + chatId);
	}

	/** The person's /viec, as the bot answers it. */
	private String itemsOf(long telegramUserId) {
		var update = telegram.users().sends(seed.person(telegramUserId).orElseThrow().user(), "/viec");
		return probe.awaitReply(update, WAIT).text();
	}
}
