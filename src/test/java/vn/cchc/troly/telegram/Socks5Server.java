package vn.cchc.troly.telegram;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The least of a SOCKS5 server (RFC 1928 CONNECT, RFC 1929 user name and password) on 127.0.0.1 for
 * tests: it insists on a user name and password, refuses wrong ones, connects to the target and
 * copies bytes both ways, and records every handshake.
 */
final class Socks5Server implements AutoCloseable {

	/** One handshake: the credentials offered and where the client asked to go (null if refused before). */
	record Handshake(String username, String password, String target, boolean accepted) {
	}

	private final ServerSocket socket;
	private final String username;
	private final String password;
	private final List<Handshake> handshakes = new CopyOnWriteArrayList<>();
	private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
		var thread = new Thread(runnable, "test-socks5");
		thread.setDaemon(true);
		return thread;
	});

	private Socks5Server(String username, String password) throws IOException {
		this.username = username;
		this.password = password;
		this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		threads.execute(this::accept);
	}

	static Socks5Server start(String username, String password) {
		try {
			return new Socks5Server(username, password);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	int port() {
		return socket.getLocalPort();
	}

	List<Handshake> handshakes() {
		return List.copyOf(handshakes);
	}

	private void accept() {
		while (!socket.isClosed()) {
			try {
				var client = socket.accept();
				threads.execute(() -> serve(client));
			}
			catch (IOException closed) {
				return;
			}
		}
	}

	private void serve(Socket client) {
		try (client) {
			var in = new DataInputStream(client.getInputStream());
			var out = client.getOutputStream();
			if (in.readUnsignedByte() != 5) {
				return;
			}
			var methods = in.readNBytes(in.readUnsignedByte());
			if (!contains(methods, 2)) {
				handshakes.add(new Handshake(null, null, null, false));
				out.write(new byte[] { 5, (byte) 0xFF });
				return;
			}
			out.write(new byte[] { 5, 2 });
			in.readUnsignedByte(); // sub-negotiation version 1
			var user = new String(in.readNBytes(in.readUnsignedByte()), StandardCharsets.UTF_8);
			var pass = new String(in.readNBytes(in.readUnsignedByte()), StandardCharsets.UTF_8);
			if (!username.equals(user) || !password.equals(pass)) {
				// Recorded before the answer, which ends the client's wait.
				handshakes.add(new Handshake(user, pass, null, false));
				out.write(new byte[] { 1, 1 });
				return;
			}
			out.write(new byte[] { 1, 0 });
			in.readUnsignedByte(); // version
			var command = in.readUnsignedByte();
			in.readUnsignedByte(); // reserved
			var host = switch (in.readUnsignedByte()) {
				case 1 -> InetAddress.getByAddress(in.readNBytes(4)).getHostAddress();
				case 3 -> new String(in.readNBytes(in.readUnsignedByte()), StandardCharsets.US_ASCII);
				case 4 -> InetAddress.getByAddress(in.readNBytes(16)).getHostAddress();
				default -> throw new IOException("unknown address type");
			};
			var port = in.readUnsignedShort();
			handshakes.add(new Handshake(user, pass, host + ":" + port, command == 1));
			if (command != 1) {
				out.write(new byte[] { 5, 7, 0, 1, 0, 0, 0, 0, 0, 0 });
				return;
			}
			try (var target = new Socket()) {
				target.connect(new InetSocketAddress(host, port), 5_000);
				out.write(new byte[] { 5, 0, 0, 1, 0, 0, 0, 0, 0, 0 });
				out.flush();
				var back = threads.submit(() -> copy(target.getInputStream(), out));
				copy(in, target.getOutputStream());
				back.get();
			}
		}
		catch (Exception e) {
			// The client went away: nothing to do for a test server.
		}
	}

	private static Void copy(InputStream from, OutputStream to) {
		try {
			from.transferTo(to);
			to.flush();
		}
		catch (IOException e) {
			// One side closed.
		}
		return null;
	}

	private static boolean contains(byte[] methods, int method) {
		for (var m : methods) {
			if (m == method) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void close() {
		try {
			socket.close();
		}
		catch (IOException e) {
			// Closing anyway.
		}
		threads.shutdownNow();
	}
}
