package vn.cchc.troly.telegram;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import vn.cchc.troly.telegram.inbound.LastPoll;
import vn.cchc.troly.telegram.inbound.TelegramPolling;

/**
 * The TelegramBots wiring: one {@link TelegramUrl} from {@code troly.telegram.api-url} serves both
 * polling (the starter picks the bean up) and sending. No HTTP logging anywhere: the token is part
 * of every URL.
 */
@Configuration(proxyBeanMethods = false)
class TelegramConfiguration {

	private static final Logger log = LoggerFactory.getLogger(TelegramConfiguration.class);

	@Bean
	TelegramUrl telegramUrl(TelegramSettings settings) {
		var url = settings.apiUrl();
		if (url.getPath() != null && !url.getPath().isEmpty() && !url.getPath().equals("/")) {
			throw new IllegalStateException("troly.telegram.api-url takes scheme, host and port only, not a path: " + url);
		}
		var port = url.getPort() > 0 ? url.getPort() : "http".equalsIgnoreCase(url.getScheme()) ? 80 : 443;
		return new TelegramUrl(url.getScheme(), url.getHost(), port, false);
	}

	/** Every client to the Bot API (sending, polling, files) is built from this one: the proxy, if any. */
	@Bean(destroyMethod = "close")
	TelegramHttp telegramHttp(ProxySettings proxy) {
		if (proxy.enabled()) {
			log.info("Telegram is reached through a proxy: {}", proxy);
		}
		return new TelegramHttp(proxy);
	}

	@Bean
	TelegramClient telegramClient(TelegramSettings settings, TelegramUrl telegramUrl, TelegramHttp http) {
		var client = http.newBuilder().callTimeout(settings.requestTimeout()).build();
		return new OkHttpTelegramClient(client, settings.hasToken() ? settings.token() : "", telegramUrl);
	}

	/** Replaces the starter's application (it backs off when one exists); closed when the context closes. */
	@Bean
	@ConditionalOnProperty(prefix = "telegrambots", name = "enabled", havingValue = "true", matchIfMissing = true)
	TelegramPolling telegramBotsApplication(TelegramSettings settings, TelegramHttp http, LastPoll lastPoll) {
		return new TelegramPolling(settings.longPollTimeout(), http::newBuilder, lastPoll);
	}

	/** Settings an earlier version read, and what took their place: said at start, not silently ignored. */
	private static final Map<String, String> RETIRED = Map.of("troly.telegram.send-attempts",
			"troly.telegram.delivery.call-attempts", "troly.telegram.retry-backoff", "troly.telegram.delivery.backoff");

	@EventListener(ApplicationReadyEvent.class)
	void sayWhenARetiredSettingIsSet(ApplicationReadyEvent event) {
		var environment = event.getApplicationContext().getEnvironment();
		RETIRED.forEach((retired, now) -> {
			if (environment.containsProperty(retired)) {
				log.warn("{} is no longer read; {} takes its place", retired, now);
			}
		});
	}

	@EventListener(ApplicationReadyEvent.class)
	void sayWhenThereIsNoBot(ApplicationReadyEvent event) {
		var settings = event.getApplicationContext().getBean(TelegramSettings.class);
		var enabled = event.getApplicationContext().getEnvironment().getProperty("telegrambots.enabled", "true");
		if (!settings.hasToken() && Boolean.parseBoolean(enabled)) {
			log.warn("No Telegram bot token is set (environment variable TELEGRAM_BOT_TOKEN): the bot is off.");
		}
	}
}
