package vn.cchc.troly.telegram;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The proxy every call to the Bot API goes through (prefix {@code troly.telegram.proxy},
 * documented in application.yml): a server in Vietnam may not reach Telegram directly. The
 * credentials come from the environment only (TELEGRAM_PROXY_USERNAME, TELEGRAM_PROXY_PASSWORD)
 * and the password never shows in {@link #toString()}.
 *
 * @param type none, http or socks5
 * @param host the proxy's host name or address
 * @param port the proxy's port
 * @param username the proxy user (TELEGRAM_PROXY_USERNAME); blank: the proxy asks for none
 * @param password the proxy password (TELEGRAM_PROXY_PASSWORD)
 */
@ConfigurationProperties("troly.telegram.proxy")
public record ProxySettings(@DefaultValue("none") Type type, String host, @DefaultValue("0") int port, String username,
		String password) {

	public enum Type {
		NONE, HTTP, SOCKS5
	}

	public ProxySettings {
		if (type != Type.NONE && (host == null || host.isBlank() || port <= 0 || port > 65535)) {
			throw new IllegalStateException(
					"troly.telegram.proxy.type is " + type + ": set troly.telegram.proxy.host and a port from 1 to 65535");
		}
	}

	public static ProxySettings none() {
		return new ProxySettings(Type.NONE, null, 0, null, null);
	}

	public boolean enabled() {
		return type != Type.NONE;
	}

	public boolean hasCredentials() {
		return username != null && !username.isBlank();
	}

	/** Replaces the password wherever it occurs in a text meant for a log. */
	public String redact(String text) {
		return text == null || password == null || password.isEmpty() ? text : text.replace(password, "<proxy-password>");
	}

	@Override
	public String toString() {
		return "ProxySettings[type=" + type + ", host=" + host + ", port=" + port + ", username="
				+ (hasCredentials() ? username : "<none>") + ", password="
				+ (password == null || password.isEmpty() ? "<none>" : "<set>") + "]";
	}
}
