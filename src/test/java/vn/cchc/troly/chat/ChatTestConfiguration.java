package vn.cchc.troly.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistrar;

import vn.cchc.troly.TestClock;
import vn.cchc.troly.TroLyCchcApplication;
import vn.cchc.troly.chat.internal.CallbackHandler;
import vn.cchc.troly.chat.internal.ChatCommand;
import vn.cchc.troly.chat.internal.Conversation;
import vn.cchc.troly.chat.internal.ConversationStep;
import vn.cchc.troly.chat.internal.Conversations;
import vn.cchc.troly.chat.reporting.Reporter;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.sandbox.BotApiServer;
import vn.cchc.troly.sandbox.BotApiServerProbe;
import vn.cchc.troly.telegram.outbound.OutboxRows;

/** The beans every {@link ChatTest} shares: the Bot API server, a movable clock, test-only commands. */
@TestConfiguration(proxyBeanMethods = false)
public class ChatTestConfiguration {

	/** Friday 14 June 2024, 16:00 in the commune. */
	public static final Instant NOW = Instant.parse("2024-06-14T09:00:00Z");

	/** The application's clock: at {@link #NOW} before each test (ChatTest resets it); tests may move it. */
	@Bean
	@Primary
	TestClock testClock() {
		return new TestClock(NOW);
	}

	@Bean(destroyMethod = "close")
	BotApiServer botApiServer() {
		return BotApiServer.start(ChatTest.TOKEN, ChatTest.BOT_USERNAME, Clock.fixed(NOW, TroLyCchcApplication.ZONE));
	}

	@Bean
	BotApiServerProbe botApiServerProbe(BotApiServer server) {
		return new BotApiServerProbe(server);
	}

	/** The bot finds the server through the same setting as in production. */
	@Bean
	DynamicPropertyRegistrar botApiServerUrl(BotApiServer server) {
		return registry -> registry.add("TELEGRAM_API_URL", server::baseUrl);
	}

	/** Polling stops before the server does, so the bot never polls a closed port. */
	@Bean
	static BeanFactoryPostProcessor stopTheBotBeforeItsServer() {
		return beanFactory -> {
			if (beanFactory.containsBeanDefinition("telegramBotsApplication")) {
				var definition = beanFactory.getBeanDefinition("telegramBotsApplication");
				var dependsOn = new ArrayList<>(Arrays.asList(
						definition.getDependsOn() == null ? new String[0] : definition.getDependsOn()));
				dependsOn.add("botApiServer");
				definition.setDependsOn(dependsOn.toArray(String[]::new));
			}
		};
	}

	/** /hong: fails the way a broken handler would, with the token in its message. */
	@Bean
	ChatCommand failingCommand() {
		return command("hong", "broken", request -> {
			throw new IllegalStateException("calling https://api.telegram.org/bot" + ChatTest.TOKEN + "/sendMessage failed");
		});
	}

	/**
	 * /hong_nang: fails with an Error rather than an exception, as a regular expression too deep for
	 * the stack would on a pathological text.
	 */
	@Bean
	ChatCommand erroringCommand() {
		return command("hong_nang", "broken_hard", request -> {
			throw new StackOverflowError("too deep for the stack");
		});
	}

	/** /dai: a reply far longer than one Telegram message, with tags and escaped text on every line. */
	@Bean
	ChatCommand longReplyCommand() {
		return command("dai", "long", request -> {
			// "{0} <b>{1}</b> {2}": a tag and text to escape on every line.
			var lines = IntStream.rangeClosed(1, 400)
				.mapToObj(i -> Phrase.of("report.summary.notes.line", "•", "Dòng " + i + ":", "tỷ lệ < 98% & cần cập nhật"));
			return Reply.text("telegram.help", Lines.of(lines));
		});
	}

	/** /nut: a message with one button, the first step of "pick an item, then type the value". */
	@Bean
	ChatCommand buttonCommand() {
		return command("nut", "button", request -> Reply.text("telegram.language.usage")
			.withButtons(List.of(Button.row(Button.of("telegram.command.help", "pick:2.2")))));
	}

	/**
	 * /thu_xacnhan &lt;reportId&gt;: a report's confirmation with its undo button ({@code undo:<id>}), as
	 * the reporting flow sends one, for the undo button's tests.
	 */
	@Bean
	ChatCommand confirmationCommand() {
		return command("thu_xacnhan", "test_confirm", request -> Reply.text("telegram.help.line", "so", "figure",
				request.argument())
			.withButtons(List.of(Button.row(Button.of("telegram.command.help", "undo:" + request.argument())))));
	}

	/** Pressing "pick:<item>" edits the message, answers the press and waits for the value. */
	@Bean
	CallbackHandler pickHandler(Conversations conversations) {
		return new CallbackHandler() {
			public String prefix() {
				return "pick:";
			}

			public Reply handle(ChatRequest request) {
				var item = request.callbackData().substring(prefix().length());
				conversations.start(request, "value", item, Duration.ofMinutes(10));
				return Reply.edit("telegram.help.line", "so", "figure", item).and(Reply.answer("telegram.command.help"));
			}
		};
	}

	/** The value typed after the pick. */
	@Bean
	ConversationStep valueStep(Conversations conversations) {
		return new ConversationStep() {
			public String topic() {
				return "value";
			}

			public Reply handle(ChatRequest request, Conversation conversation) {
				conversations.end(request);
				return Reply.text("telegram.help.line", "so", conversation.data(), request.text());
			}
		};
	}

	/** The outbox as tests look at it. */
	@Bean
	OutboxRows outboxRows(DataSource dataSource) {
		return new OutboxRows(dataSource);
	}

	/**
	 * What the commands below left to run after their transaction commits, and which ran: work that a
	 * rolled-back update registered must never run.
	 */
	@Bean
	AfterCommitLog afterCommitLog() {
		return new AfterCommitLog();
	}

	/**
	 * /hong_sau_so &lt;figure&gt;: records the figure on 2.2, starts a conversation and leaves work for
	 * after the commit, then a {@code @Transactional} service it calls fails (a conversation topic longer
	 * than its column): an update that fails after writing.
	 */
	@Bean
	ChatCommand failingAfterWritesCommand(Reporter reporter, Conversations conversations, AfterCommitLog afterCommit) {
		return command("hong_sau_so", "broken_after_writes", request -> {
			writeThenBreak(request, reporter, conversations, afterCommit);
			return Reply.text("telegram.help");
		});
	}

	/**
	 * /nuot_loi &lt;figure&gt;: the same, but the handler catches the service's exception and answers as if
	 * all went well; Spring still rolls the update back (its transaction was marked rollback-only).
	 */
	@Bean
	ChatCommand swallowingCommand(Reporter reporter, Conversations conversations, AfterCommitLog afterCommit) {
		return command("nuot_loi", "swallow", request -> {
			try {
				writeThenBreak(request, reporter, conversations, afterCommit);
			}
			catch (RuntimeException ignored) {
				// What a careless handler would do.
			}
			return Reply.text("telegram.help");
		});
	}

	private static void writeThenBreak(ChatRequest request, Reporter reporter, Conversations conversations,
			AfterCommitLog afterCommit) {
		reporter.figure(request, request.official(), "2.2", request.argument(), false);
		conversations.start(request, "value", "2.2", Duration.ofMinutes(10));
		afterCommit.register(request);
		conversations.start(request, "x".repeat(101), null, Duration.ofMinutes(10));
	}

	/**
	 * /hong_ghi: when {@link AfterCommitLog#failNextCommit()} was called, the commit of the transaction this
	 * update is handled in fails (once), as a database refusing a commit would; otherwise an ordinary command.
	 */
	@Bean
	ChatCommand commitFailureCommand(AfterCommitLog afterCommit) {
		return command("hong_ghi", "broken_commit", request -> {
			afterCommit.register(request);
			afterCommit.failCommitIfAsked();
			return Reply.text("chat.report.nothingToCancel");
		});
	}

	/**
	 * /hong_sau_start &lt;code&gt;: redeems the invite (a new role for the official), reads the caller with
	 * it, then fails: an update whose new role must not outlive it.
	 */
	@Bean
	ChatCommand failingAfterRedeemCommand(PeopleManagement people) {
		return command("hong_sau_start", "broken_after_start", request -> {
			people.redeem(request.argument(), request.userId().value(), request.firstName(), request.username());
			people.findByTelegramUser(request.userId().value()).orElseThrow();
			throw new IllegalStateException("broken after registering");
		});
	}

	private static ChatCommand command(String name, String alias, java.util.function.Function<ChatRequest, Reply> body) {
		return new ChatCommand() {
			public String name() {
				return name;
			}

			public String alias() {
				return alias;
			}

			public String descriptionKey() {
				return "telegram.command.help";
			}

			public boolean inMenu() {
				return false;
			}

			public Reply handle(ChatRequest request) {
				return body.apply(request);
			}
		};
	}
}
