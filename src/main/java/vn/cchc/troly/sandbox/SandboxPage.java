package vn.cchc.troly.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URLConnection;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.sun.net.httpserver.HttpExchange;

import tools.jackson.databind.JsonNode;

/**
 * The sandbox page: a small Telegram-like web client on 127.0.0.1 (never another interface),
 * served by the JDK's HTTP server from the classpath, with a JSON API over {@link SandboxChats}.
 * No login: it only answers requests addressed to localhost, and changes only come with the
 * page's own header, so another web site in the same browser cannot drive it.
 */
@Component
@SandboxOnly
class SandboxPage implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SandboxPage.class);
	private static final Set<String> STATIC = Set.of("index.html", "sandbox.css", "sandbox.js");
	private static final long MAX_UPLOAD = 20L * 1024 * 1024;

	private final SandboxSettings settings;
	private final SandboxChats chats;
	private final SandboxSeed seed;
	private final MessageSource messages;
	private final RequestBodies bodies;
	private LoopbackServer http;

	SandboxPage(SandboxSettings settings, SandboxChats chats, SandboxSeed seed, MessageSource messages) {
		this.settings = settings;
		this.chats = chats;
		this.seed = seed;
		this.messages = messages;
		this.bodies = new RequestBodies(chats.json());
	}

	@Override
	public synchronized void start() {
		try {
			http = LoopbackServer.start(settings.port(), "sandbox-page", this::handle);
		}
		catch (BindException e) {
			throw new IllegalStateException("The sandbox page cannot use port " + settings.port()
					+ " on 127.0.0.1 (in use?): set troly.sandbox.port to another port", e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public synchronized void stop() {
		if (http != null) {
			http.close();
			http = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return http != null;
	}

	/** Where the page listens: always the loopback address. */
	synchronized InetSocketAddress address() {
		return http.address();
	}

	String url() {
		return "http://localhost:" + address().getPort() + "/";
	}

	@EventListener(ApplicationReadyEvent.class)
	void seedAndSayWhere() {
		seed.seed();
		for (var locale : new Locale[] { SandboxSeed.VIETNAMESE, Locale.ENGLISH }) {
			log.warn(messages.getMessage("sandbox.log.ready", new Object[] { url(), settings.databaseUrl() }, locale));
		}
	}

	// ---------------------------------------------------------------- HTTP

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!fromThisMachine(exchange)) {
				LoopbackServer.send(exchange, 403, "text/plain", "Forbidden".getBytes(StandardCharsets.UTF_8));
				return;
			}
			var path = exchange.getRequestURI().getPath();
			var get = exchange.getRequestMethod().equals("GET");
			if (get && !path.startsWith("/api/")) {
				page(exchange, path.equals("/") ? "index.html" : path.substring(1));
				return;
			}
			if (!get && !"1".equals(exchange.getRequestHeaders().getFirst("X-Sandbox"))) {
				LoopbackServer.send(exchange, 403, "text/plain", "Forbidden".getBytes(StandardCharsets.UTF_8));
				return;
			}
			try {
				api(exchange, path, bodies.query(exchange.getRequestURI().getRawQuery()), get);
			}
			catch (IllegalArgumentException e) {
				json(exchange, 400, chats.object().put("error", e.getMessage()));
			}
			catch (RuntimeException e) {
				log.warn("Sandbox page: {} {} failed", exchange.getRequestMethod(), path, e);
				json(exchange, 500, chats.object().put("error", String.valueOf(e.getMessage())));
			}
		}
	}

	private void api(HttpExchange exchange, String path, Map<String, String> query, boolean get) throws IOException {
		switch ((get ? "GET " : "POST ") + path) {
			case "GET /api/texts" -> json(exchange, 200,
					chats.texts("en".equals(query.get("lang")) ? Locale.ENGLISH : SandboxSeed.VIETNAMESE));
			case "GET /api/state" -> json(exchange, 200, chats.state());
			case "GET /api/chat" -> json(exchange, 200, chats.chat(number(query, "id")));
			case "GET /api/file" -> file(exchange, query);
			case "GET /api/dossier" -> dossier(exchange, "en".equals(query.get("lang")) ? Locale.ENGLISH : SandboxSeed.VIETNAMESE,
					query.get("unit"));
			case "POST /api/send" -> {
				var body = body(exchange);
				chats.send(number(body, "chat"), number(body, "user"), body.get("text"));
				json(exchange, 200, chats.object().put("ok", true));
			}
			case "POST /api/press" -> {
				var body = body(exchange);
				json(exchange, 200, chats.press(number(body, "chat"), number(body, "user"),
						(int) number(body, "message"), body.get("data")));
			}
			case "POST /api/upload" -> {
				var length = exchange.getRequestHeaders().getFirst("Content-Length");
				if (length == null || Long.parseLong(length) > MAX_UPLOAD) {
					throw new IllegalArgumentException("file missing or larger than 20 MB");
				}
				chats.upload(number(query, "user"), query.get("name"), exchange.getRequestBody().readAllBytes(),
						query.get("caption"), "photo".equals(query.get("kind")));
				json(exchange, 200, chats.object().put("ok", true));
			}
			case "POST /api/invite" -> {
				chats.openInvite(number(body(exchange), "user"));
				json(exchange, 200, chats.object().put("ok", true));
			}
			case "POST /api/summary" -> {
				var body = body(exchange);
				var lang = body.getOrDefault("lang", "vi");
				try {
					json(exchange, 200, chats.postWeeklySummaryNow("en".equals(lang) ? Locale.ENGLISH : SandboxSeed.VIETNAMESE,
							body.get("unit")));
				}
				catch (IllegalStateException e) {
					json(exchange, 409, chats.object().put("error", e.getMessage()));
				}
			}
			case "POST /api/reset" -> {
				chats.reset();
				json(exchange, 200, chats.object().put("ok", true));
			}
			default -> LoopbackServer.send(exchange, 404, "text/plain", "Not Found".getBytes(StandardCharsets.UTF_8));
		}
	}

	private void page(HttpExchange exchange, String name) throws IOException {
		if (!STATIC.contains(name)) {
			LoopbackServer.send(exchange, 404, "text/plain", "Not Found".getBytes(StandardCharsets.UTF_8));
			return;
		}
		byte[] bytes;
		try (var in = new ClassPathResource("sandbox/page/" + name).getInputStream()) {
			bytes = in.readAllBytes();
		}
		var type = name.endsWith(".html") ? "text/html" : name.endsWith(".css") ? "text/css" : "text/javascript";
		LoopbackServer.send(exchange, 200, type + "; charset=utf-8", bytes);
	}

	private void file(HttpExchange exchange, Map<String, String> query) throws IOException {
		var file = chats.file(query.containsKey("chat") ? number(query, "chat") : null,
				query.containsKey("message") ? Integer.valueOf(query.get("message")) : null, query.get("id"));
		if (file == null || file.bytes() == null) {
			LoopbackServer.send(exchange, 404, "text/plain", "Not Found".getBytes(StandardCharsets.UTF_8));
			return;
		}
		var type = URLConnection.guessContentTypeFromName(file.fileName());
		if (file.fileName().endsWith(".xlsx")) {
			type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
		}
		var image = type != null && type.startsWith("image/");
		exchange.getResponseHeaders().set("Content-Disposition", (image ? "inline" : "attachment")
				+ "; filename*=UTF-8''" + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
		LoopbackServer.send(exchange, 200, type == null ? "application/octet-stream" : type, file.bytes());
	}

	/**
	 * The evidence dossier of a commune's plan (the unit the page names, else the first commune's), streamed
	 * from disk (it can be large), then deleted.
	 */
	private void dossier(HttpExchange exchange, Locale locale, String unitKey) throws IOException {
		var zip = chats.dossier(locale, unitKey);
		if (zip.isEmpty()) {
			LoopbackServer.send(exchange, 404, "text/plain", "Not Found".getBytes(StandardCharsets.UTF_8));
			return;
		}
		try {
			exchange.getResponseHeaders().set("Content-Type", "application/zip");
			exchange.getResponseHeaders().set("Cache-Control", "no-store");
			exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
			exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"hoso-sandbox.zip\"");
			exchange.sendResponseHeaders(200, Files.size(zip.get()));
			Files.copy(zip.get(), exchange.getResponseBody());
		}
		finally {
			Files.deleteIfExists(zip.get());
		}
	}

	/** Only pages opened as localhost or 127.0.0.1: a foreign name pointed at 127.0.0.1 is refused. */
	private boolean fromThisMachine(HttpExchange exchange) {
		var host = exchange.getRequestHeaders().getFirst("Host");
		if (host == null) {
			return false;
		}
		var name = host.replaceFirst(":\\d+$", "").toLowerCase(Locale.ROOT);
		return name.equals("localhost") || name.equals("127.0.0.1") || name.equals("[::1]");
	}

	/** The page sends JSON, whatever its Content-Type says; its values come as text. */
	private Map<String, String> body(HttpExchange exchange) throws IOException {
		return bodies.parse("application/json", null, exchange.getRequestBody().readAllBytes()).params();
	}

	private void json(HttpExchange exchange, int status, JsonNode body) throws IOException {
		LoopbackServer.send(exchange, status, "application/json; charset=utf-8", chats.json().writeValueAsBytes(body));
	}

	private static long number(Map<String, String> query, String name) {
		var value = query.get(name);
		if (value == null) {
			throw new IllegalArgumentException("missing " + name);
		}
		return Long.parseLong(value);
	}
}
