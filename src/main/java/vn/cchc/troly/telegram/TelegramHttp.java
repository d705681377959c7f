package vn.cchc.troly.telegram;

import java.net.InetSocketAddress;
import java.net.Proxy;

import okhttp3.Authenticator;
import okhttp3.Credentials;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * Where every HTTP client that talks to the Bot API comes from (sending, long polling, file
 * downloads): one connection pool, and the proxy of {@link ProxySettings} with its credentials.
 * <ul>
 * <li>HTTP proxy: {@code Proxy-Authorization: Basic} on the CONNECT of an https tunnel (OkHttp asks
 * the proxy authenticator before it connects), and on each plain-http request (a self-hosted Bot
 * API server on http) so a proxy need not answer 407 first. Never on the requests inside an https
 * tunnel: those reach Telegram.</li>
 * <li>SOCKS5: the JDK's socket does the handshake and asks the default {@link java.net.Authenticator}
 * for the user name and password; {@link SocksCredentials} answers only for this proxy's host and
 * port and passes every other question on to the authenticator that was there before.</li>
 * </ul>
 * The proxy resolves Telegram's host name itself (the address is left unresolved), so a blocked or
 * poisoned local DNS does not matter.
 */
public final class TelegramHttp implements AutoCloseable {

	private final OkHttpClient base;
	private final SocksCredentials socksCredentials;

	public TelegramHttp(ProxySettings proxy) {
		var builder = new OkHttpClient.Builder();
		SocksCredentials socks = null;
		switch (proxy.type()) {
			case NONE -> builder.proxy(Proxy.NO_PROXY);
			case HTTP -> {
				builder.proxy(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(proxy.host(), proxy.port())));
				if (proxy.hasCredentials()) {
					var credential = Credentials.basic(proxy.username(), nullToEmpty(proxy.password()));
					builder.proxyAuthenticator(proxyAuthenticator(credential));
					builder.addInterceptor(plainHttpProxyAuthorization(credential));
				}
			}
			case SOCKS5 -> {
				builder.proxy(new Proxy(Proxy.Type.SOCKS, InetSocketAddress.createUnresolved(proxy.host(), proxy.port())));
				if (proxy.hasCredentials()) {
					socks = SocksCredentials.install(proxy.host(), proxy.port(), proxy.username(),
							nullToEmpty(proxy.password()));
				}
			}
		}
		this.base = builder.build();
		this.socksCredentials = socks;
	}

	/** A builder for one kind of Bot API client (its own timeouts), sharing the proxy and the connection pool. */
	public OkHttpClient.Builder newBuilder() {
		return base.newBuilder();
	}

	/**
	 * Answers the proxy's 407 (or OkHttp's own "preemptive" question before a CONNECT) once with the
	 * credentials; a second 407 means they are wrong, and asking again would not help.
	 */
	static Authenticator proxyAuthenticator(String credential) {
		return (route, response) -> {
			var preemptive = "OkHttp-Preemptive".equals(response.message());
			if (!preemptive && credential.equals(response.request().header("Proxy-Authorization"))) {
				return null;
			}
			return response.request().newBuilder().header("Proxy-Authorization", credential).build();
		};
	}

	private static Interceptor plainHttpProxyAuthorization(String credential) {
		return chain -> {
			var request = chain.request();
			return chain.proceed(request.isHttps() ? request
					: request.newBuilder().header("Proxy-Authorization", credential).build());
		};
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	/** Puts back the authenticator that was there before, if SOCKS credentials were installed. */
	@Override
	public void close() {
		if (socksCredentials != null) {
			socksCredentials.uninstall();
		}
		base.dispatcher().executorService().shutdown();
		base.connectionPool().evictAll();
	}

	@Override
	public String toString() {
		return "TelegramHttp[proxy=" + base.proxy() + "]";
	}
}
