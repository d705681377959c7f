package vn.cchc.troly.telegram.inbound;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import com.fasterxml.jackson.databind.ObjectMapper;

import okhttp3.OkHttpClient;

/**
 * The starter's long-polling application with four changes: getUpdates waits our
 * {@code longPollTimeout} (the starter fixes 50 s), a batch the consumer cannot store is asked for
 * again rather than confirmed, the polling thread is a named daemon, and closing shuts those
 * threads down (the library leaves them running).
 */
public class TelegramPolling extends TelegramBotsLongPollingApplication {

	private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);

	private final int longPollSeconds;
	private final List<ScheduledExecutorService> executors;

	/** Without a proxy, and with nobody told of successful polls (tests of polling alone). */
	public TelegramPolling(Duration longPollTimeout) {
		this(longPollTimeout, OkHttpClient.Builder::new, null);
	}

	/**
	 * @param http a builder with the proxy and the shared connection pool ({@code TelegramHttp})
	 * @param lastPoll told of every getUpdates that answered, or null
	 */
	public TelegramPolling(Duration longPollTimeout, Supplier<OkHttpClient.Builder> http, LastPoll lastPoll) {
		this(longPollTimeout, http, lastPoll, new CopyOnWriteArrayList<>());
	}

	private TelegramPolling(Duration longPollTimeout, Supplier<OkHttpClient.Builder> http, LastPoll lastPoll,
			List<ScheduledExecutorService> executors) {
		super(ObjectMapper::new, pollingClient(longPollTimeout, http, lastPoll), pollingThreads(executors));
		this.longPollSeconds = (int) longPollTimeout.toSeconds();
		this.executors = executors;
	}

	@Override
	public BotSession registerBot(String botToken, Supplier<TelegramUrl> telegramUrl,
			Function<Integer, GetUpdates> ignoredGenerator, LongPollingUpdateConsumer consumer)
			throws TelegramApiException {
		var session = new CompletableFuture<BotSession>();
		var registered = super.registerBot(botToken, telegramUrl,
				lastReceived -> GetUpdates.builder().offset(lastReceived + 1).limit(100).timeout(longPollSeconds).build(),
				updates -> consumeOrAskAgain(updates, consumer, session));
		session.complete(registered);
		return registered;
	}

	/**
	 * The session counts a batch as received before the consumer runs, and its next poll confirms
	 * it. When the consumer cannot take the batch (it could not be stored, or handling it threw), the
	 * count goes back to before the batch, so the next poll asks Telegram for it again instead of
	 * confirming it; and the polling thread survives: anything thrown here would end the library's
	 * scheduled poll for good, without a word in the log, and the bot would hear nothing more.
	 */
	private static void consumeOrAskAgain(List<Update> updates, LongPollingUpdateConsumer consumer,
			CompletableFuture<BotSession> session) {
		try {
			consumer.consume(updates);
		}
		catch (RuntimeException | Error e) {
			var first = updates.stream().mapToInt(Update::getUpdateId).min().orElse(0);
			log.error("A batch of {} updates could not be taken; asking for it again: {}", updates.size(),
					e.getClass().getName());
			try {
				session.get(10, TimeUnit.SECONDS).getLastReceivedUpdate().set(first - 1);
				Thread.sleep(1000);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
			catch (ExecutionException | TimeoutException unknown) {
				log.error("The polling session is unknown; the batch may not come again");
			}
		}
	}

	@Override
	public void close() throws Exception {
		super.close();
		executors.forEach(ScheduledExecutorService::shutdownNow);
	}

	private static Supplier<OkHttpClient> pollingClient(Duration longPollTimeout, Supplier<OkHttpClient.Builder> http,
			LastPoll lastPoll) {
		// A getUpdates answer may take the whole long-poll time: read a little longer than that.
		return () -> {
			var builder = http.get().readTimeout(longPollTimeout.plusSeconds(15)).connectTimeout(Duration.ofSeconds(15));
			if (lastPoll != null) {
				builder.addInterceptor(chain -> {
					var response = chain.proceed(chain.request());
					if (response.isSuccessful() && chain.request().url().encodedPath().toLowerCase(Locale.ROOT).endsWith("/getupdates")) {
						lastPoll.polled();
					}
					return response;
				});
			}
			return builder.build();
		};
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
