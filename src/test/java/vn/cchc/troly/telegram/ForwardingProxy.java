package vn.cchc.troly.telegram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A plain HTTP forward proxy on 127.0.0.1 for tests: it takes absolute-URI requests
 * ({@code POST http://127.0.0.1:…/bot…/sendmessage}), answers 407 unless they carry the expected
 * {@code Proxy-Authorization}, forwards the rest and records what it saw. No CONNECT (https).
 */
final class ForwardingProxy implements AutoCloseable {

	/** One request as the proxy received it. */
	record Seen(String method, URI uri, String proxyAuthorization, boolean forwarded) {
	}

	private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "expect", "upgrade",
			"proxy-authorization", "proxy-connection", "keep-alive", "transfer-encoding", "te", "trailer", "date", "from",
			"via", "warning");

	private final HttpServer server;
	private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
		var thread = new Thread(runnable, "test-proxy");
		thread.setDaemon(true);
		return thread;
	});
	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
	private final String expectedAuthorization;
	private final List<Seen> seen = new CopyOnWriteArrayList<>();

	private ForwardingProxy(String expectedAuthorization) throws IOException {
		this.expectedAuthorization = expectedAuthorization;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", this::handle);
		server.setExecutor(threads);
		server.start();
	}

	/** A proxy that forwards only requests with {@code Proxy-Authorization: <expectedAuthorization>}. */
	static ForwardingProxy start(String expectedAuthorization) {
		try {
			return new ForwardingProxy(expectedAuthorization);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	int port() {
		return server.getAddress().getPort();
	}

	List<Seen> seen() {
		return List.copyOf(seen);
	}

	List<Seen> forwarded() {
		return seen.stream().filter(Seen::forwarded).toList();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			var uri = exchange.getRequestURI();
			var authorization = exchange.getRequestHeaders().getFirst("Proxy-Authorization");
			if (uri.getScheme() == null || !expectedAuthorization.equals(authorization)) {
				seen.add(new Seen(exchange.getRequestMethod(), uri, authorization, false));
				exchange.getResponseHeaders().add("Proxy-Authenticate", "Basic realm=\"test\"");
				exchange.sendResponseHeaders(uri.getScheme() == null ? 400 : 407, -1);
				return;
			}
			seen.add(new Seen(exchange.getRequestMethod(), uri, authorization, true));
			var body = exchange.getRequestBody().readAllBytes();
			var request = HttpRequest.newBuilder(uri).method(exchange.getRequestMethod(),
					body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
			exchange.getRequestHeaders().forEach((name, values) -> {
				if (!NOT_FORWARDED.contains(name.toLowerCase())) {
					values.forEach(value -> request.header(name, value));
				}
			});
			HttpResponse<byte[]> response;
			try {
				response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				exchange.sendResponseHeaders(502, -1);
				return;
			}
			catch (IOException e) {
				exchange.sendResponseHeaders(502, -1);
				return;
			}
			response.headers().map().forEach((name, values) -> {
				if (!NOT_FORWARDED.contains(name.toLowerCase()) && !name.startsWith(":")) {
					values.forEach(value -> exchange.getResponseHeaders().add(name, value));
				}
			});
			var answer = response.body();
			exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
			if (answer.length > 0) {
				exchange.getResponseBody().write(answer);
			}
		}
	}

	@Override
	public void close() {
		server.stop(0);
		threads.shutdownNow();
	}
}
