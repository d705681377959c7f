package vn.cchc.troly.sandbox;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * The JDK's HTTP server on the loopback address only (never another interface), on daemon threads:
 * the one way the sandbox listens, for the Bot API server and for the page alike.
 */
final class LoopbackServer implements AutoCloseable {

	private final HttpServer http;
	private final ExecutorService executor;

	private LoopbackServer(HttpServer http, ExecutorService executor) {
		this.http = http;
		this.executor = executor;
	}

	/**
	 * Listens on 127.0.0.1 at the port (0: any free port), every request handled on a thread named
	 * after the server. Throws {@link java.net.BindException} when the port is taken.
	 */
	static LoopbackServer start(int port, String threadName, HttpHandler handler) throws IOException {
		var http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
		var executor = Executors.newCachedThreadPool(runnable -> {
			var thread = new Thread(runnable, threadName);
			thread.setDaemon(true);
			return thread;
		});
		http.createContext("/", handler);
		http.setExecutor(executor);
		http.start();
		return new LoopbackServer(http, executor);
	}

	InetSocketAddress address() {
		return http.getAddress();
	}

	int port() {
		return address().getPort();
	}

	@Override
	public void close() {
		http.stop(0);
		executor.shutdownNow();
	}

	/** Answers with the bytes, never cached nor sniffed by a browser. */
	static void send(HttpExchange exchange, int status, String type, byte[] bytes) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", type);
		exchange.getResponseHeaders().set("Cache-Control", "no-store");
		exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
		exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
		if (bytes.length > 0) {
			exchange.getResponseBody().write(bytes);
		}
	}
}
