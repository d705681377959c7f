package vn.cchc.troly.sandbox;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import tools.jackson.databind.json.JsonMapper;

/**
 * The simulated Bot API over HTTP, at the root as Telegram serves it: {@code /bot<token>/<method>}
 * (method names in any case) answered by the method families, and {@code /file/bot<token>/<path>}
 * serving the files users sent. Every request is recorded first; then the {@link FaultInjector}
 * may make it fail (getUpdates excepted). Answers are always Telegram-shaped JSON, and every error
 * answer is kept for {@link BotApiServer#errorsReturned}.
 */
final class BotApiHttp implements HttpHandler {

	private final String token;
	private final TelegramState state;
	private final JsonMapper json;
	private final RequestBodies bodies;
	private final Map<String, Function<ApiRequest, Answer>> methods = new HashMap<>();
	private volatile FaultInjector faults = FaultInjector.NONE;

	BotApiHttp(String token, TelegramState state, JsonMapper json, List<BotApiMethods> families) {
		this.token = token;
		this.state = state;
		this.json = json;
		this.bodies = new RequestBodies(json);
		families.forEach(family -> methods.putAll(family.byName()));
	}

	void injectFaults(FaultInjector injector) {
		this.faults = injector;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			var path = exchange.getRequestURI().getPath();
			if (path.startsWith("/file/")) {
				download(exchange, path.substring("/file".length()));
			}
			else {
				respond(exchange, path.replaceFirst("^/bot[^/]*/", ""), call(exchange, path));
			}
		}
		catch (Dropped dropped) {
			// Closing the exchange before any answer closes the connection: the client sees it drop.
		}
	}

	private Answer call(HttpExchange exchange, String path) throws IOException {
		var refused = refuseToken(path);
		if (refused != null) {
			return refused;
		}
		try {
			var method = path.substring(("/bot" + token + "/").length()).toLowerCase(Locale.ROOT);
			var parsed = bodies.parse(exchange.getRequestHeaders().getFirst("Content-Type"),
					exchange.getRequestURI().getRawQuery(), exchange.getRequestBody().readAllBytes());
			var request = state.record(method, parsed);
			var answering = methods.getOrDefault(method, r -> Answer.error(404, "Not Found: method not found"));
			if (method.equals("getupdates")) {
				return answering.apply(request);
			}
			return carryOut(request, () -> answering.apply(request), Answer::error);
		}
		catch (Dropped dropped) {
			throw dropped;
		}
		catch (RuntimeException e) {
			return Answer.badRequest(e.getMessage());
		}
	}

	/** A file a user sent, by the file_path getFile gave; recorded as a "download" request. */
	private void download(HttpExchange exchange, String path) throws IOException {
		var refused = refuseToken(path);
		if (refused != null) {
			respond(exchange, "download", refused);
			return;
		}
		var filePath = path.substring(("/bot" + token + "/").length());
		var request = state.record("download", new RequestBodies.Parsed(Map.of("file_path", filePath), Map.of()));
		var file = state.fileAt(filePath);
		var failed = carryOut(request, () -> file == null ? Answer.error(404, "Not Found")
				: file.tooBigToDownload() ? Answer.badRequest("file is too big") : null, Answer::error);
		if (failed != null) {
			respond(exchange, "download " + filePath, failed);
			return;
		}
		LoopbackServer.send(exchange, 200, "application/octet-stream", file.bytes());
	}

	private Answer refuseToken(String path) {
		if (!path.startsWith("/bot")) {
			return Answer.error(404, "Not Found");
		}
		return path.startsWith("/bot" + token + "/") ? null : Answer.error(401, "Unauthorized");
	}

	/**
	 * Carries the request out unless the injector chose a fault for it: an error answer instead, a
	 * dropped connection before anything is done, or the answer held back after the request was done.
	 */
	private <T> T carryOut(ApiRequest request, Supplier<T> answering, Function<FaultInjector.ApiError, T> failing) {
		var fault = faults.faultFor(request).orElse(null);
		if (fault instanceof FaultInjector.ApiError error) {
			return failing.apply(error);
		}
		if (fault instanceof FaultInjector.DroppedConnection) {
			throw new Dropped();
		}
		var answer = answering.get();
		if (fault instanceof FaultInjector.LateAnswer late) {
			sleep(late.delay());
		}
		return answer;
	}

	private void respond(HttpExchange exchange, String what, Answer answer) throws IOException {
		if (answer.status() >= 400) {
			state.errorReturned(answer.status() + " " + what + ": " + answer.description());
		}
		LoopbackServer.send(exchange, answer.status(), "application/json", json.writeValueAsBytes(answer.body()));
	}

	/** Holds back a late answer (outside any lock): the simulated network is slow, nothing waits on it. */
	private static void sleep(Duration delay) {
		try {
			Thread.sleep(delay.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Thrown to close the connection without an answer. */
	private static final class Dropped extends RuntimeException {

		Dropped() {
			super(null, null, false, false);
		}
	}
}
