package vn.cchc.troly.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import okhttp3.Credentials;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;

import vn.cchc.troly.telegram.ProxySettings.Type;

/**
 * The clients to the Bot API reach it through the configured proxy: SOCKS5 with a user name and
 * password the JDK's handshake gets from an authenticator that answers for that proxy alone; an
 * HTTP proxy's credentials go on the CONNECT of an https tunnel, never inside it. (Through an HTTP
 * proxy end to end: TelegramProxyTests.)
 */
class TelegramHttpTests {

	private HttpServer target;
	private Authenticator before;

	@BeforeEach
	void aTargetThatAnswersPong() throws IOException {
		before = Authenticator.getDefault();
		target = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		target.createContext("/", exchange -> {
			var body = "pong".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		target.start();
	}

	@AfterEach
	void stop() {
		target.stop(0);
		Authenticator.setDefault(before);
	}

	@Test
	void throughSocks5WithUserNameAndPassword() throws IOException {
		try (var socks = Socks5Server.start("socks-user", "socks-pass-42");
				var http = new TelegramHttp(new ProxySettings(Type.SOCKS5, "127.0.0.1", socks.port(), "socks-user",
						"socks-pass-42"))) {
			var client = http.newBuilder().build();
			try (var response = client.newCall(new Request.Builder().url(url()).build()).execute()) {
				assertThat(response.body().string()).isEqualTo("pong");
			}
			assertThat(socks.handshakes()).singleElement()
				.isEqualTo(new Socks5Server.Handshake("socks-user", "socks-pass-42", "127.0.0.1:" + port(), true));
		}
		assertThat(Authenticator.getDefault()).as("the earlier authenticator is back").isSameAs(before);
	}

	@Test
	void aSocks5ProxyThatRefusesTheCredentialsGetsNoRequest() {
		try (var socks = Socks5Server.start("socks-user", "another-password");
				var http = new TelegramHttp(new ProxySettings(Type.SOCKS5, "127.0.0.1", socks.port(), "socks-user",
						"socks-pass-42"))) {
			var client = http.newBuilder().build();
			assertThatThrownBy(() -> client.newCall(new Request.Builder().url(url()).build()).execute())
				.isInstanceOf(IOException.class);
			assertThat(socks.handshakes()).isNotEmpty().noneMatch(Socks5Server.Handshake::accepted);
		}
	}

	@Test
	void theSocksCredentialsAnswerOnlyForThatProxy() {
		try (var http = new TelegramHttp(new ProxySettings(Type.SOCKS5, "proxy.example", 1080, "u", "p"))) {
			assertThat(Authenticator.requestPasswordAuthentication("proxy.example", null, 1080, "SOCKS5", "", null))
				.satisfies(answer -> assertThat(answer.getUserName()).isEqualTo("u"))
				.satisfies(answer -> assertThat(answer.getPassword()).containsExactly('p'));
			assertThat(Authenticator.requestPasswordAuthentication("proxy.example", null, 1081, "SOCKS5", "", null)).isNull();
			assertThat(Authenticator.requestPasswordAuthentication("elsewhere.example", null, 1080, "SOCKS5", "", null))
				.isNull();
			assertThat(Authenticator.requestPasswordAuthentication("proxy.example", null, 1080, "http", "", null)).isNull();
		}
	}

	@Test
	void anHttpProxysCredentialsGoOnTheTunnelsConnectAndAreOfferedOnlyOnce() throws IOException {
		var credential = Credentials.basic("u", "p");
		var authenticator = TelegramHttp.proxyAuthenticator(credential);
		var connect = new Request.Builder().url("https://api.telegram.org/").method("CONNECT", null).build();
		var preemptive = new Response.Builder().request(connect).protocol(Protocol.HTTP_1_1).code(407)
			.message("OkHttp-Preemptive").header("Proxy-Authenticate", "OkHttp-Preemptive").build();
		var authorized = authenticator.authenticate(null, preemptive);
		assertThat(authorized.header("Proxy-Authorization")).isEqualTo(credential);

		var refused = new Response.Builder().request(authorized).protocol(Protocol.HTTP_1_1).code(407)
			.message("Proxy Authentication Required").build();
		assertThat(authenticator.authenticate(null, refused)).as("wrong credentials are not sent again").isNull();
	}

	@Test
	void theProxyPasswordNeverShowsInTheSettingsOrTheFactory() {
		var settings = new ProxySettings(Type.HTTP, "proxy.example", 3128, "bot", "hunter2-secret");
		try (var http = new TelegramHttp(settings)) {
			assertThat(settings.toString()).doesNotContain("hunter2-secret").contains("password=<set>")
				.contains("proxy.example");
			assertThat(http.toString()).doesNotContain("hunter2-secret");
			assertThat(settings.redact("refused: hunter2-secret")).isEqualTo("refused: <proxy-password>");
		}
	}

	@Test
	void aProxyWithoutHostOrPortIsRefusedAtStart() {
		assertThatThrownBy(() -> new ProxySettings(Type.HTTP, "", 3128, null, null))
			.hasMessageContaining("troly.telegram.proxy.host");
		assertThatThrownBy(() -> new ProxySettings(Type.SOCKS5, "proxy.example", 0, null, null))
			.hasMessageContaining("port");
		assertThat(new ProxySettings(Type.NONE, null, 0, null, null).enabled()).isFalse();
	}

	private int port() {
		return target.getAddress().getPort();
	}

	private String url() {
		return "http://127.0.0.1:" + port() + "/ping";
	}
}
