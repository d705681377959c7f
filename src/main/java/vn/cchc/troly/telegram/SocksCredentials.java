package vn.cchc.troly.telegram;

import java.net.Authenticator;
import java.net.PasswordAuthentication;

/**
 * The SOCKS5 proxy's user name and password for the JDK's SOCKS handshake, which asks only the
 * JVM-wide default {@link Authenticator} (OkHttp has no SOCKS authentication of its own). Answers
 * only a SOCKS5 question for exactly this proxy host and port; any other question goes to the
 * authenticator installed before, so nothing else in the JVM gets these credentials.
 */
final class SocksCredentials extends Authenticator {

	private final String host;
	private final int port;
	private final String username;
	private final char[] password;
	private final Authenticator previous;

	private SocksCredentials(String host, int port, String username, String password, Authenticator previous) {
		this.host = host;
		this.port = port;
		this.username = username;
		this.password = password.toCharArray();
		this.previous = previous;
	}

	static SocksCredentials install(String host, int port, String username, String password) {
		synchronized (SocksCredentials.class) {
			var credentials = new SocksCredentials(host, port, username, password, Authenticator.getDefault());
			Authenticator.setDefault(credentials);
			return credentials;
		}
	}

	/** Puts the earlier authenticator back, unless another was installed since (it then stays). */
	void uninstall() {
		synchronized (SocksCredentials.class) {
			if (Authenticator.getDefault() == this) {
				Authenticator.setDefault(previous);
			}
		}
	}

	@Override
	protected PasswordAuthentication getPasswordAuthentication() {
		if ("SOCKS5".equals(getRequestingProtocol()) && host.equalsIgnoreCase(getRequestingHost())
				&& port == getRequestingPort()) {
			return new PasswordAuthentication(username, password.clone());
		}
		if (previous == null) {
			return null;
		}
		return previous.requestPasswordAuthenticationInstance(getRequestingHost(), getRequestingSite(),
				getRequestingPort(), getRequestingProtocol(), getRequestingPrompt(), getRequestingScheme(),
				getRequestingURL(), getRequestorType());
	}

	@Override
	public String toString() {
		return "SocksCredentials[" + host + ":" + port + "]";
	}
}
