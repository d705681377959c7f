package vn.cchc.troly.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.cchc.troly.chat.ChatTest;
import vn.cchc.troly.chat.ChatTestConfiguration;
import vn.cchc.troly.sandbox.BotApiServer;
import vn.cchc.troly.sandbox.BotApiServerProbe;
import vn.cchc.troly.sandbox.ChatUser;
import vn.cchc.troly.sandbox.FaultInjector;

/**
 * Under Telegram's real limits (30 a second, 1 a second per chat), a person who writes while a wave
 * of messages is going out (every unit's summary, a reminder round) is answered in the wave, not
 * after it. Its own context, apart from the fault tests: a wave of its own leaves the windows full.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:answers-first;DB_CLOSE_DELAY=-1",
		"TELEGRAM_BOT_USERNAME=" + ChatTest.BOT_USERNAME,
		"troly.report.scheduling-enabled=false" })
@Import(ChatTestConfiguration.class)
class AnswersFirstTests {

	private static final AtomicInteger ids = new AtomicInteger(8_500_000);
	private static final Locale VI = Locale.forLanguageTag("vi");

	@DynamicPropertySource
	static void token(DynamicPropertyRegistry registry) {
		registry.add("TELEGRAM_BOT_TOKEN", () -> ChatTest.TOKEN);
	}

	@Autowired
	BotApiServer telegram;
	@Autowired
	BotApiServerProbe probe;
	@Autowired
	ChatMessenger messenger;
	@Autowired
	OutboxRows outbox;

	@AfterEach
	void noMoreFaults() {
		telegram.injectFaults(FaultInjector.NONE);
	}

	@Test
	void aPersonsAnswerGoesBeforeAWaveQueuedEarlier() {
		var many = IntStream.range(0, 300).mapToObj(i -> user()).toList();
		var person = user();
		var waveSent = new AtomicInteger();
		var waveSentBeforeAnswer = new AtomicInteger(-1);
		telegram.injectFaults(FaultInjector.of(request -> {
			if (request.is("sendMessage") && request.chatId() == person.id()) {
				waveSentBeforeAnswer.compareAndSet(-1, waveSent.get());
			}
			else if (request.is("sendMessage")) {
				waveSent.incrementAndGet();
			}
			return Optional.empty();
		}));

		// A wave (every unit's summary, a reminder round) takes 10 s at 30 a second; meanwhile someone writes.
		many.forEach(user -> messenger.send(user.id(), VI, "telegram.help.line", "wave", "many", "1"));
		telegram.users().sends(person, "/trogiup");

		probe.awaitMessageTo(person.id(), m -> true, Duration.ofSeconds(40));
		for (var user : many) {
			probe.awaitMessageTo(user.id(), m -> true, Duration.ofSeconds(40));
		}
		outbox.awaitDrained(Duration.ofSeconds(30));
		// Before the wave's end, not after its 300 messages: it waited for a slot, not for the wave.
		assertThat(waveSentBeforeAnswer.get()).as("wave messages sent before the answer").isBetween(0, 200);
	}

	private ChatUser user() {
		var user = new ChatUser(ids.incrementAndGet(), "U", "vi");
		telegram.users().opensChat(user);
		return user;
	}
}
