package vn.cchc.troly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.troly.TroLyCchcApplication;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.RedeemOutcome;
import vn.cchc.troly.people.UnitId;
import vn.cchc.troly.people.UnitScope;
import vn.cchc.troly.report.LeadershipChat;
import vn.cchc.troly.report.LeadershipGroup;

/** The sandbox as a user of the page meets it: the real bot, the seeded commune, its own data, only on this machine. */
class SandboxTests extends SandboxTest {

	@Autowired
	DataSource dataSource;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	PeopleManagement people;
	@Autowired
	LeadershipGroup leadership;
	@Autowired
	UnitScope scope;

	private final JsonMapper mapper = JsonMapper.builder().build();

	private JsonNode json(HttpResponse<String> response) {
		return mapper.readTree(response.body());
	}

	@Test
	void thePageAndTheBotApiServerListenOnTheLoopbackAddressOnly() {
		for (var address : new java.net.InetSocketAddress[] { page.address(), telegram.address() }) {
			assertThat(address.getAddress().isLoopbackAddress()).as(address.toString()).isTrue();
			assertThat(address.getAddress().isAnyLocalAddress()).isFalse();
		}
	}

	@Test
	void theRealBotAnswersWhatIsWrittenOnThePage() throws Exception {
		var sent = post("/api/send", "{\"chat\":" + COORDINATOR + ",\"user\":" + COORDINATOR + ",\"text\":\"/trogiup\"}");
		assertThat(sent.statusCode()).isEqualTo(200);

		probe.awaitMessageTo(COORDINATOR, m -> m.text().contains("/trogiup"), WAIT);
		var chat = getJson("/api/chat?id=" + COORDINATOR).get("messages");
		var last = chat.get(chat.size() - 1);
		assertThat(chat.get(chat.size() - 2).get("text").asString()).isEqualTo("/trogiup");
		assertThat(last.get("fromBot").asBoolean()).isTrue();
		assertThat(last.get("html").asBoolean()).isTrue();
		assertThat(last.get("text").asString()).contains("<b>Trợ lý CCHC</b>");
	}

	@Test
	void theCommuneIsSeededWithOneNewcomerLeftToOnboard() throws Exception {
		var state = getJson("/api/state");

		// The first commune's people come first; the second commune and the province follow (SandboxCommunesTests).
		var firstCommune = state.get("units").get(0).get("key").asString();
		assertThat(state.get("people")).filteredOn(p -> p.get("unit").asString().equals(firstCommune)).hasSize(7);
		assertThat(person(CHAIRMAN).get("roles").toString()).isEqualTo("[\"LEADER\"]");
		assertThat(person(COORDINATOR).get("position").asString()).isEqualTo("Văn phòng - Thống kê");
		assertThat(person(COORDINATOR).get("roles").toString()).isEqualTo("[\"COORDINATOR\",\"OFFICIAL\"]");
		assertThat(person(NEWCOMER).get("position").asString()).isEqualTo("Tư pháp - Hộ tịch");
		assertThat(person(NEWCOMER).get("registered").asBoolean()).isFalse();
		assertThat(person(NEWCOMER).get("invitePending").asBoolean()).isTrue();
		assertThat(state.get("groups").get(0).get("members").toString())
			.isEqualTo("[" + CHAIRMAN + "," + COORDINATOR + "]");
		assertThat(state.get("summaryAvailable").asBoolean()).isTrue();
		// Two communes now: the leadership group is read in the first one's scope.
		var unit = new UnitId(Long.parseLong(firstCommune));
		assertThat(scope.within(unit, leadership::current)).get().extracting(LeadershipChat::chatId)
			.isEqualTo(SandboxCast.LEADERSHIP_GROUP_ID);
	}

	@Test
	void thePageSummaryActionPostsToTheGroupOnceAWeekAndStartingOverAllowsItAgain() throws Exception {
		var first = post("/api/summary", "{\"lang\":\"vi\"}");
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(json(first).get("outcome").asString()).isEqualTo("posted");
		assertThat(json(first).get("text").asString()).contains("Đã gửi tổng hợp tuần vào nhóm “Lãnh đạo UBND xã”");
		// The real bot posts it: the text, then the report module's chart.
		var chart = probe.awaitMessageTo(SandboxCast.LEADERSHIP_GROUP_ID, m -> m.file() != null, WAIT);
		assertThat(chart.kind()).isEqualTo("photo");
		assertThat(ImageIO.read(new ByteArrayInputStream(chart.file().bytes())).getWidth()).isPositive();
		var summaryText = telegram.messagesIn(SandboxCast.LEADERSHIP_GROUP_ID).stream()
			.filter(m -> m.text() != null && m.text().contains("📊 Tổng hợp tuần")).toList();
		assertThat(summaryText).hasSize(1);

		var second = post("/api/summary", "{\"lang\":\"vi\"}");

		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(json(second).get("outcome").asString()).isEqualTo("alreadyPosted");
		var sentAt = Instant.parse(json(second).get("sentAt").asString()).atZone(TroLyCchcApplication.ZONE);
		assertThat(json(second).get("text").asString())
			.contains("đã được gửi vào nhóm “Lãnh đạo UBND xã” lúc " + DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").format(sentAt))
			.contains("“Làm lại từ đầu”");
		assertThat(json(post("/api/summary", "{\"lang\":\"en\"}")).get("text").asString())
			.startsWith("This week's summary was already posted").contains("“Start over”");
		assertThat(jdbc.queryForObject("select count(*) from sent_summary", Integer.class)).isEqualTo(1);
		assertThat(telegram.messagesIn(SandboxCast.LEADERSHIP_GROUP_ID).stream().filter(m -> m.file() != null))
			.hasSize(1);

		post("/api/reset", "{}");

		assertThat(json(post("/api/summary", "{}")).get("outcome").asString()).isEqualTo("posted");
	}

	@Test
	void theCoordinatorImportsTheSampleOfTheNextYearsPlanFromThePage() throws Exception {
		var sample = Files.readAllBytes(Path.of("docs/samples/pho-chau-2025.txt"));
		var upload = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create(page.url()).resolve("/api/upload?user=" + COORDINATOR
					+ "&kind=document&name=pho-chau-2025.txt&caption="))
			.header("X-Sandbox", "1").POST(HttpRequest.BodyPublishers.ofByteArray(sample)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(upload.statusCode()).isEqualTo(200);

		var preview = probe.awaitMessageTo(COORDINATOR, m -> m.text().startsWith("<b>📄 Xem trước kế hoạch</b>"), WAIT);
		assertThat(preview.text()).contains("\n10 mục trong 4 phần · 0 cảnh báo\n")
			.contains("\n<b>3.1</b> Tỷ lệ hồ sơ có phát sinh dịch vụ công…: ≥ 100% · hạn 30/06/2025 · Văn phòng - Thống kê\n")
			.contains("Không có cảnh báo");
		post("/api/press", "{\"chat\":" + COORDINATOR + ",\"user\":" + COORDINATOR + ",\"message\":"
				+ preview.messageId() + ",\"data\":\"plan:import\"}");

		probe.awaitMessageTo(COORDINATOR, m -> m.text().endsWith(
				"Kế hoạch năm 2025 là kế hoạch hiện hành; kế hoạch 2024 vẫn xem được bằng /tinhhinh 2024."), WAIT);
	}

	@Test
	void thePageDownloadsTheSamplePlansEvidenceDossierInOneZip() throws Exception {
		assertThat(getJson("/api/texts?lang=vi").get("dossier").asString()).isEqualTo("📁 Tải hồ sơ kiểm chứng (.zip)");
		assertThat(get("/").body()).contains("id=\"dossier\"");

		var response = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create(page.url()).resolve("/api/dossier?lang=vi")).build(),
				HttpResponse.BodyHandlers.ofByteArray());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
		var names = new ArrayList<String>();
		try (var zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		assertThat(names).contains("Mục lục hồ sơ.xlsx")
			.anyMatch(name -> name.startsWith("2.2 Tỷ lệ hồ sơ") && name.endsWith("/"));
	}

	@Test
	void theSeedSendsASampleDecisionOnItem22ThatTheBotDownloadsAndKeeps() throws Exception {
		var kept = probe.awaitMessageTo(COORDINATOR, m -> m.text() != null
				&& m.text().startsWith("📎 Đã lưu minh chứng cho mục <b>2.2</b>"), WAIT);

		assertThat(kept.text()).contains("📄 số 123/QĐ-UBND · ngày 12/03/2025 · UBND xã Phổ Châu · trang 2");
		var sha256 = jdbc.queryForObject("""
				select e.sha256 from evidence e join plan_item i on i.id = e.plan_item_id
				where i.code = '2.2' and e.file_name = 'qd-123-ubnd-xa.pdf'
				""", String.class);
		var sample = getClass().getResourceAsStream("/sandbox/qd-123-ubnd-xa.pdf").readAllBytes();
		assertThat(sha256).isEqualTo(java.util.HexFormat.of()
			.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(sample)));
		assertThat(Files.readAllBytes(store.path(sha256))).isEqualTo(sample);
		assertThat(store.folder().toString()).as("apart from the real evidence folder").endsWith("evidence-sandbox");

		seed.seed();
		assertThat(jdbc.queryForObject("select count(*) from evidence", Integer.class)).as("sent once").isEqualTo(1);
	}

	@Autowired
	vn.cchc.troly.progress.EvidenceStore store;

	@Test
	void seedingAgainChangesNothing() throws Exception {
		var officials = jdbc.queryForObject("select count(*) from official", Integer.class);
		var invites = jdbc.queryForObject("select count(*) from invite", Integer.class);
		var items = jdbc.queryForObject("select count(*) from plan_item", Integer.class);
		// Both communes and the province: their units, positions, plans and groups.
		var units = jdbc.queryForObject("select count(*) from admin_unit", Integer.class);
		var positions = jdbc.queryForObject("select count(*) from job_position", Integer.class);
		var plans = jdbc.queryForObject("select count(*) from plan", Integer.class);
		var groups = jdbc.queryForObject("select count(*) from leadership_group", Integer.class);
		// Who the page lists, and their registration (a message arriving meanwhile is no change of the seed).
		var page = getJson("/api/state").toString().replaceAll("\"lastMessageId\":\\d+", "");

		seed.seed();

		assertThat(jdbc.queryForObject("select count(*) from official", Integer.class)).isEqualTo(officials);
		assertThat(jdbc.queryForObject("select count(*) from invite", Integer.class)).isEqualTo(invites);
		assertThat(jdbc.queryForObject("select count(*) from plan_item", Integer.class)).isEqualTo(items).isPositive();
		assertThat(jdbc.queryForObject("select count(*) from admin_unit", Integer.class)).isEqualTo(units).isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from job_position", Integer.class)).isEqualTo(positions);
		assertThat(jdbc.queryForObject("select count(*) from plan", Integer.class)).isEqualTo(plans).isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from leadership_group", Integer.class)).isEqualTo(groups)
			.isEqualTo(3);
		assertThat(getJson("/api/state").toString().replaceAll("\"lastMessageId\":\\d+", "")).isEqualTo(page);
	}

	@Test
	void sandboxDataLivesInTheSandboxDatabase() throws Exception {
		try (var connection = dataSource.getConnection()) {
			assertThat(connection.getMetaData().getURL()).isEqualTo("jdbc:h2:mem:sandbox-tests");
		}
	}

	@Test
	void openingTheInviteLinkSendsStartWithTheCode() throws Exception {
		var code = seed.inviteCode(NEWCOMER).orElseThrow();

		assertThat(post("/api/invite", "{\"user\":" + NEWCOMER + "}").statusCode()).isEqualTo(200);

		var started = telegram.transcript(NEWCOMER).stream().filter(e -> !e.fromBot()).reduce((a, b) -> b).orElseThrow();
		assertThat(started.text()).isEqualTo("/start " + code);
		var welcome = probe.awaitMessageTo(NEWCOMER, m -> m.messageId() > started.messageId(), WAIT);
		assertThat(welcome.text()).contains("Huỳnh Văn Bình", "<b>Tư pháp - Hộ tịch</b>");
		assertThat(person(NEWCOMER).get("registered").asBoolean()).isTrue();
		assertThat(person(NEWCOMER).get("invitePending").asBoolean()).isFalse();
	}

	@Test
	void startingOverWipesTheDataAndTheChatsAndSeedsAgain() throws Exception {
		var code = seed.inviteCode(NEWCOMER).orElseThrow();
		assertThat(people.redeem(code, NEWCOMER, "Bình", null)).isInstanceOf(RedeemOutcome.Registered.class);
		post("/api/send", "{\"chat\":" + OFFICIAL + ",\"user\":" + OFFICIAL + ",\"text\":\"/trogiup\"}");
		probe.awaitMessageTo(OFFICIAL, m -> true, WAIT);
		assertThat(person(NEWCOMER).get("registered").asBoolean()).isTrue();

		assertThat(post("/api/reset", "{}").statusCode()).isEqualTo(200);

		assertThat(person(NEWCOMER).get("registered").asBoolean()).isFalse();
		assertThat(person(NEWCOMER).get("invitePending").asBoolean()).isTrue();
		assertThat(seed.inviteCode(NEWCOMER)).get().isNotEqualTo(code);
		assertThat(getJson("/api/chat?id=" + OFFICIAL).get("messages")).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from plan_item", Integer.class)).isPositive();
		assertThat(person(COORDINATOR).get("registered").asBoolean()).isTrue();
	}

	@Test
	void thePageSpeaksVietnameseByDefaultAndEnglishOnRequest() throws Exception {
		var html = get("/");
		assertThat(html.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
		assertThat(getJson("/api/texts").get("summary").asString()).isEqualTo("Gửi tổng hợp tuần ngay");
		assertThat(getJson("/api/texts?lang=en").get("summary").asString()).isEqualTo("Post the weekly summary now");
	}

	@Test
	void otherWebSitesCannotDriveThePage() throws Exception {
		var withoutHeader = java.net.http.HttpClient.newHttpClient().send(
				java.net.http.HttpRequest.newBuilder(java.net.URI.create(page.url() + "api/reset"))
					.POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
				java.net.http.HttpResponse.BodyHandlers.discarding());
		assertThat(withoutHeader.statusCode()).as("a form post from another site").isEqualTo(403);
		assertThat(statusWithHost("evil.example")).as("a foreign name resolved to 127.0.0.1").isEqualTo(403);
		assertThat(statusWithHost("localhost:" + page.address().getPort())).isEqualTo(200);
	}

	private int statusWithHost(String host) throws Exception {
		try (var socket = new Socket(page.address().getAddress(), page.address().getPort())) {
			socket.getOutputStream().write(("GET /api/state HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			var status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
				.readLine();
			return Integer.parseInt(status.split(" ")[1]);
		}
	}
}
