package vn.cchc.troly.telegram.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.objects.Update;

import vn.cchc.troly.sandbox.BotApiServer;
import vn.cchc.troly.sandbox.ChatUser;

/**
 * The polling loop against the simulated Bot API, without the application: a batch whose consumer
 * throws, an exception or an Error, is asked for again rather than confirmed, and the loop goes on
 * to the next update. The library runs the poll as a scheduled task: anything thrown out of it
 * would end polling for good, silently.
 */
class TelegramPollingTests {

	private static final String TOKEN = "737373:" + UUID.randomUUID();
	private static final Duration WAIT = Duration.ofSeconds(20);

	private final BotApiServer telegram = BotApiServer.start(TOKEN, "troly_poll_bot", Clock.systemUTC());
	private final TelegramPolling polling = new TelegramPolling(Duration.ofSeconds(1));

	@AfterEach
	void close() throws Exception {
		polling.close();
		telegram.close();
	}

	@Test
	void aBatchWhoseHandlingThrowsIsAskedForAgainAndTheNextUpdateIsStillTaken() throws Exception {
		var an = new ChatUser(7_300_001, "An", "vi");
		telegram.users().opensChat(an);
		var deliveries = new CopyOnWriteArrayList<String>();
		var taken = new CopyOnWriteArrayList<String>();
		Queue<RuntimeException> exceptions = new ArrayDeque<>(List.of(new IllegalStateException("the database is away")));
		Queue<Error> errors = new ArrayDeque<>(List.of(new StackOverflowError("too deep for the stack")));
		polling.registerBot(TOKEN, () -> new TelegramUrl("http", "127.0.0.1", telegram.port(), false), null,
				updates -> {
					var texts = updates.stream().map(Update::getMessage).map(m -> m.getText()).toList();
					deliveries.add(String.join(",", texts));
					// The first update fails twice, once with an exception, once with an Error.
					if (texts.contains("/so 2.2 61") && !exceptions.isEmpty()) {
						throw exceptions.remove();
					}
					if (texts.contains("/so 2.2 61") && !errors.isEmpty()) {
						throw errors.remove();
					}
					taken.addAll(texts);
				});

		telegram.users().sends(an, "/so 2.2 61");
		await().atMost(WAIT).until(() -> taken.contains("/so 2.2 61"));
		telegram.users().sends(an, "/trogiup");
		await().atMost(WAIT).until(() -> taken.contains("/trogiup"));

		assertThat(deliveries).startsWith("/so 2.2 61", "/so 2.2 61", "/so 2.2 61");
		assertThat(taken).containsExactly("/so 2.2 61", "/trogiup");
	}
}
