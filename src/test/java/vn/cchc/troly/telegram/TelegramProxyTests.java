package vn.cchc.troly.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import okhttp3.Credentials;

import vn.cchc.troly.LogCapture;
import vn.cchc.troly.chat.Attachments;
import vn.cchc.troly.chat.ChatTest;
import vn.cchc.troly.chat.OwnDatabase;
import vn.cchc.troly.sandbox.UploadedFile;

/**
 * A server that reaches Telegram only through an HTTP proxy: the whole bot (long polling, sending,
 * file downloads) talks to the in-JVM Bot API server through {@link ForwardingProxy}, which forwards
 * only requests with the proxy credentials from TELEGRAM_PROXY_USERNAME / TELEGRAM_PROXY_PASSWORD.
 * A context of its own (the proxy settings differ from the other chat tests'), which also writes
 * the health file.
 */
// A Bot API server of its own numbers its updates from 1 again: a database of its own, or the shared
// one would take them for updates already handled.
@OwnDatabase("telegram_proxy_tests")
class TelegramProxyTests extends ChatTest {

	private static final String USERNAME = "troly-proxy";
	/** Made up for this JVM: the run's log scan looks for it too (SecretsInLogsTests). */
	private static final String PASSWORD = "proxy-pass-" + UUID.randomUUID();
	/** Never closed: the cached context polls through it until the test JVM ends (its threads are daemons). */
	private static final ForwardingProxy proxy = ForwardingProxy.start(Credentials.basic(USERNAME, PASSWORD));

	/** The running bot's health file, written every 200 ms here. */
	private static final Path HEALTH_FILE = Path.of("target", "health-" + UUID.randomUUID() + ".txt");

	static {
		LogCapture.watchFor(PASSWORD);
	}

	@DynamicPropertySource
	static void throughTheProxy(DynamicPropertyRegistry registry) {
		registry.add("troly.telegram.proxy.type", () -> "http");
		registry.add("troly.telegram.proxy.host", () -> "127.0.0.1");
		registry.add("troly.telegram.proxy.port", proxy::port);
		registry.add("TELEGRAM_PROXY_USERNAME", () -> USERNAME);
		registry.add("TELEGRAM_PROXY_PASSWORD", () -> PASSWORD);
		registry.add("TROLY_HEALTH_FILE", HEALTH_FILE::toString);
		registry.add("troly.health.interval", () -> "200ms");
	}

	@Autowired
	private Attachments attachments;

	@Test
	void aStartConversationRoundTripsAndEveryBotApiRequestWentThroughTheProxyWithTheCredentials() {
		var an = someOfficial("An", "vi");

		var reply = replyTo(an, "/start");

		assertThat(reply.text()).isEqualTo("👋 Chào mừng An trở lại!");
		// The server first, then the proxy: the proxy records a request before it forwards it.
		var received = telegram.requests();
		var forwarded = proxy.forwarded();
		assertThat(forwarded.size()).as("requests the proxy forwarded, against those the server got")
			.isGreaterThanOrEqualTo(received.size());
		assertThat(forwarded).allSatisfy(seen -> assertThat(seen.proxyAuthorization())
			.isEqualTo(Credentials.basic(USERNAME, PASSWORD)));
		assertThat(forwarded).extracting(seen -> lastSegment(seen.uri().getPath()))
			.contains("deletewebhook", "getupdates", "sendmessage");
		assertThat(proxy.seen()).as("never a request without the credentials (no 407 first)")
			.allMatch(ForwardingProxy.Seen::forwarded);
	}

	@Test
	void aFileAUserSentIsDownloadedThroughTheProxyFromTheConfiguredServer() {
		var binh = someone("Bình", "vi");
		var bytes = "Biên bản họp".getBytes(StandardCharsets.UTF_8);
		var sent = telegram.users().sendsDocument(binh, new UploadedFile("bien-ban.txt", bytes), null);
		var fileId = telegram.update(sent).orElseThrow().path("message").path("document").path("file_id").asString();

		var fetched = attachments.fetch(fileId, 1_000_000);

		assertThat(fetched).isInstanceOfSatisfying(Attachments.Fetched.class,
				file -> assertThat(file.bytes()).isEqualTo(bytes));
		assertThat(proxy.forwarded()).anySatisfy(seen -> {
			assertThat(seen.uri().getPath()).startsWith("/file/bot");
			assertThat(seen.uri().getPort()).isEqualTo(telegram.port());
		});
	}

	@Test
	void theProxyPasswordIsInNoLogLine() throws IOException {
		replyTo(someOfficial("Chi", "vi"), "/start");

		var log = Files.readString(LogCapture.currentLog(), StandardCharsets.UTF_8);
		assertThat(log).as("the start said which proxy, without its password")
			.contains("Telegram is reached through a proxy: ProxySettings[type=HTTP, host=127.0.0.1")
			.contains("password=<set>")
			.doesNotContain(PASSWORD)
			.doesNotContain(Credentials.basic(USERNAME, PASSWORD).substring("Basic ".length()));
	}

	@Test
	void theRunningBotsHealthFileSaysOkOnceAPollThroughTheProxyAnswered() {
		await().atMost(WAIT).untilAsserted(() -> assertThat(Files.readAllLines(HEALTH_FILE, StandardCharsets.UTF_8))
			.startsWith("OK")
			.contains("Telegram: lần lấy tin gần nhất lúc 14/06/2024 16:00:00", "Cơ sở dữ liệu: trả lời"));
	}

	private static String lastSegment(String path) {
		return path.substring(path.lastIndexOf('/') + 1).toLowerCase();
	}
}
