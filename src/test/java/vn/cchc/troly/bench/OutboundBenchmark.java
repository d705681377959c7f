package vn.cchc.troly.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;

import vn.cchc.troly.TroLyCchcApplication;
import vn.cchc.troly.sandbox.BotApiServerProbe;
import vn.cchc.troly.sandbox.ChatUser;
import vn.cchc.troly.telegram.outbound.ChatMessenger;

/**
 * Outbound pacing: a wave of {@value #WAVE} messages, one to each of as many chats (a reminder wave),
 * queued at once through the outbox with the production pacing settings (30 a second, 1 a second
 * per chat); how fast it drains and the most the Bot API server counted in any second.
 */
final class OutboundBenchmark {

	static final int WAVE = 3_000;

	private OutboundBenchmark() {
	}

	static void run(Path dir) throws Exception {
		System.out.printf("%n-- 3. outbound: a wave of %d messages to %d chats, production pacing --%n", WAVE, WAVE);
		var token = "656565:" + UUID.randomUUID();
		try (var server = Benchmarks.server(token, "troly_wave_bot")) {
			var context = new SpringApplicationBuilder(TroLyCchcApplication.class).run(InboundBenchmark.arguments(Map.of(
					"spring.datasource.url",
					"jdbc:h2:file:" + dir.resolve("troly").toAbsolutePath() + ";WRITE_DELAY=0;AUTO_SERVER=TRUE;QUERY_CACHE_SIZE=64",
					"TELEGRAM_BOT_TOKEN", token, "TELEGRAM_BOT_USERNAME", "troly_wave_bot", "TELEGRAM_API_URL",
					server.baseUrl(), "spring.main.web-application-type", "none", "troly.sandbox.enabled", "false",
					"troly.report.scheduling-enabled", "false", "logging.file.name", "target/bench/app.log",
					"logging.threshold.console", "OFF")));
			try {
				var messenger = context.getBean(ChatMessenger.class);
				var vi = Locale.forLanguageTag("vi");
				for (var i = 0; i < WAVE; i++) {
					server.users().opensChat(new ChatUser(3_000_000L + i, "Cán bộ " + i, "vi"));
				}
				server.sendRates().reset();
				var started = System.nanoTime();
				for (var i = 0; i < WAVE; i++) {
					messenger.send(3_000_000L + i, vi, "telegram.help.line", "nhacviec", "remind", String.valueOf(i));
				}
				var queued = System.nanoTime() - started;
				var drained = true;
				try {
					new BotApiServerProbe(server).await(() -> server.sendRates().count() >= WAVE ? Boolean.TRUE : null,
							Duration.ofMinutes(3), WAVE + " messages");
				}
				catch (AssertionError slow) {
					// Too slow to wait for: print how far it got.
					drained = false;
				}
				var took = System.nanoTime() - started;
				var rates = server.sendRates();
				System.out.printf("  queued in %.1f s; %s %d in %.1f s: %.1f messages/s (goal ≥ 28); most in any second: "
						+ "%d (limit 30), to one chat: %d (limit 1)  [load %s]%n", queued / 1e9,
						drained ? "drained, all" : "NOT drained after 3 minutes, sent", rates.count(), took / 1e9,
						rates.count() * 1e9 / took, rates.maxInAnyWindow(Duration.ofSeconds(1)),
						rates.maxPerChatInAnyWindow(Duration.ofSeconds(1)), Benchmarks.load());
			}
			finally {
				context.close();
			}
		}
	}
}
