package vn.cchc.troly.telegram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import java.util.function.Supplier;

import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import com.fasterxml.jackson.databind.ObjectMapper;

import okhttp3.OkHttpClient;

/**
 * The starter's long-polling application with three changes: getUpdates waits our
 * {@code longPollTimeout} (the starter fixes 50 s), the polling thread is a named daemon, and
 * closing shuts those threads down (the library leaves them running).
 */
class TelegramPolling extends TelegramBotsLongPollingApplication {

	private final int longPollSeconds;
	private final List<ScheduledExecutorService> executors;

	TelegramPolling(Duration longPollTimeout) {
		this(longPollTimeout, new CopyOnWriteArrayList<>());
	}

	private TelegramPolling(Duration longPollTimeout, List<ScheduledExecutorService> executors) {
		super(ObjectMapper::new, pollingClient(longPollTimeout), pollingThreads(executors));
		this.longPollSeconds = (int) longPollTimeout.toSeconds();
		this.executors = executors;
	}

	@Override
	public BotSession registerBot(String botToken, Supplier<TelegramUrl> telegramUrl,
			Function<Integer, GetUpdates> ignoredGenerator, LongPollingUpdateConsumer consumer)
			throws TelegramApiException {
		return super.registerBot(botToken, telegramUrl,
				lastReceived -> GetUpdates.builder().offset(lastReceived + 1).limit(100).timeout(longPollSeconds).build(),
				consumer);
	}

	@Override
	public void close() throws Exception {
		super.close();
		executors.forEach(ScheduledExecutorService::shutdownNow);
	}

	private static Supplier<OkHttpClient> pollingClient(Duration longPollTimeout) {
		// A getUpdates answer may take the whole long-poll time: read a little longer than that.
		return () -> new OkHttpClient.Builder().readTimeout(longPollTimeout.plusSeconds(15))
			.connectTimeout(Duration.ofSeconds(15)).build();
	}

	private static Supplier<ScheduledExecutorService> pollingThreads(List<ScheduledExecutorService> executors) {
		return () -> {
			var executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
				var thread = new Thread(runnable, "telegram-polling");
				thread.setDaemon(true);
				return thread;
			});
			executors.add(executor);
			return executor;
		};
	}
}
