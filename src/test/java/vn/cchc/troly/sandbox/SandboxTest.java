package vn.cchc.troly.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the sandbox tests: the application as {@code ./mvnw spring-boot:run} starts it without a
 * token, except that the page takes any free port and the sandbox database is in memory. Every
 * subclass has the same configuration, so they share one Spring context.
 */
@SpringBootTest(properties = { "troly.sandbox.enabled=true", "troly.telegram.token=", "troly.sandbox.port=0",
		"troly.sandbox.database-url=jdbc:h2:mem:sandbox-tests;DB_CLOSE_DELAY=-1" })
abstract class SandboxTest {

	static final Duration WAIT = Duration.ofSeconds(10);
	static final long CHAIRMAN = SandboxCast.CHAIRMAN_ID;
	// The seed plan's positions get ids in import order; the cast's ids follow them.
	static final long COORDINATOR = 7_100_000_104L;
	static final long NEWCOMER = 7_100_000_105L;
	static final long OFFICIAL = 7_100_000_101L;

	@Autowired
	BotApiServer telegram;
	BotApiServerProbe probe;
	@Autowired
	SandboxPage page;
	@Autowired
	SandboxSeed seed;
	@Autowired
	SandboxReset reset;

	/** Each test starts from the freshly seeded sandbox, whatever ran before it in the shared context. */
	@BeforeEach
	void startOver() {
		probe = new BotApiServerProbe(telegram);
		reset.reset();
		// The seed's sample evidence is answered before the test writes in the coordinator's chat.
		probe.awaitMessageTo(COORDINATOR, m -> m.text() != null && m.text().startsWith("📎 Đã lưu minh chứng"), WAIT);
	}

	private final HttpClient http = HttpClient.newHttpClient();
	private final JsonMapper json = JsonMapper.builder().build();

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(page.url()).resolve(path)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	JsonNode getJson(String path) throws IOException, InterruptedException {
		return json.readTree(get(path).body());
	}

	HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(page.url()).resolve(path)).header("X-Sandbox", "1")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	JsonNode person(long id) throws IOException, InterruptedException {
		for (var person : getJson("/api/state").get("people")) {
			if (person.get("id").asLong() == id) {
				return person;
			}
		}
		throw new AssertionError("no person " + id);
	}
}
