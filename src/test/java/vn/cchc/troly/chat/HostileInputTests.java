package vn.cchc.troly.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import vn.cchc.troly.chat.internal.CommandRegistry;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.sandbox.BotMessage;
import vn.cchc.troly.sandbox.ChatUser;
import vn.cchc.troly.sandbox.GroupChat;
import vn.cchc.troly.sandbox.SentUpdate;

/**
 * A generated corpus of hostile messages replayed against the real bot: random Unicode with RTL and
 * zero-width characters, HTML and Markdown meta characters, 10,000-character texts, numbers such as
 * 1e309, NaN, -0 and ٣, commands of every registered name with garbage arguments, captions on
 * photos, files and media the bot does not read, edits, group chatter and channel posts, from a
 * stranger and from a registered official. The corpus is random with a fixed seed, printed, and
 * another can be tried with {@code -Dtroly.fuzz.seed=…} and {@code -Dtroly.fuzz.size=…}.
 * <p>
 * Whatever comes: nothing fails (no apology, no ERROR logged), every message in a private chat gets
 * an answer and everything else is answered or ignored by design, nothing is stored but what the
 * design stores for such input, and Telegram (the in-JVM server, which parses HTML as Telegram does)
 * never refuses a message the bot sends, so everything echoed back is escaped.
 */
class HostileInputTests extends ChatTest {

	private static final long SEED = Long.getLong("troly.fuzz.seed", 20240614L);
	private static final int SIZE = Integer.getInteger("troly.fuzz.size", 1200);

	/**
	 * What the corpus must leave as it was: people, invites, settings, summaries, and figures (no
	 * hostile number is a figure). Notes and evidence are free text the design stores as typed: a
	 * "/capnhat 1.1 &lt;b&gt;NaN" is a note, a photo captioned "2.2 …" evidence; they are counted and
	 * their echo is checked like every other message.
	 */
	private static final Map<String, String> UNTOUCHED = Map.of("official", "official", "official_role", "official_role",
			"official_position", "official_position", "invite", "invite", "telegram_language", "telegram_language",
			"leadership_group", "leadership_group", "sent_summary", "sent_summary", "reminder", "reminder",
			"figures", "progress_report where kind = 'FIGURE'");

	private static final String[] META = { "<", ">", "&", "\"", "'", "<b>", "</b>", "<i>", "</a>", "<a href=\"javascript:x\">",
			"<script>alert(1)</script>", "&amp;", "&lt;", "&#0;", "&#x110000;", "<tg-spoiler>", "<pre><code>", "*", "_", "__",
			"`", "```", "[x](http://127.0.0.1/)", "~", "||", "\\", "{0}", "{1,number}", "''", "%s", "%n", "${TELEGRAM_BOT_TOKEN}",
			"'; drop table official; --", "\" or 1=1 --" };
	private static final String[] NUMBERS = { "1e309", "NaN", "-0", "٣", "١٢٫٥", "Infinity", "-Infinity", "1.234,5", "0x1F",
			"99999999999999999999", "97,5,5", "1/0", "0/0", "½", "Ⅻ", "𝟗𝟕", "９７", "-97,5", "−5", "+-3", "1_000", "97.5.5%" };
	private static final String[] WEIRD = { "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u202E", "\u202D", "\u200F",
			"\u200E", "\u061C", "\u0301", "\u0336", "\u00A0", "\u3000", "\t", "\n", "\r\n", "\uD83D\uDE00", "\uD83C\uDDFB\uD83C\uDDF3",
			"\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "𝕏", "ẞ", "İ", "ǅ", "ﷺ", "עברית", "العربية", "Tiếng Việt",
			"ट", "𒀱", "\uFFFD", "\uFFFF" };
	private static final String[] MEDIA = { "sticker", "voice", "video_note", "location", "contact" };

	@Autowired
	CommandRegistry registry;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MessageSource messages;

	private final Random random = new Random(SEED);

	private enum Expect {
		/** A private message: the bot must say something. */
		ANSWER,
		/** Answered or ignored by design (group chatter, media the bot does not read, channel posts). */
		EITHER
	}

	private record Sent(int index, String what, SentUpdate update, Expect expect) {
	}

	@Test
	void aThousandHostileMessagesBreakNothingStoreNothingAndAreAnsweredInValidHtml() {
		System.out.println("HostileInputTests: seed " + SEED + ", " + SIZE + " messages (-Dtroly.fuzz.seed, -Dtroly.fuzz.size)");
		var stranger = someone("Lạ", "vi");
		var official = someone("Công chức", "vi");
		register(official, "Văn hóa - xã hội", Role.OFFICIAL);
		telegram.users().opensChat(stranger);
		telegram.users().opensChat(official);
		var group = someGroup("Nhóm ngoài (fuzz)");
		var channel = -ids();
		var log = capture();
		var before = rows();
		var reports = count("progress_report");
		var evidence = count("evidence");
		var errorsBefore = telegram.errorsReturned().size();
		var previousText = new LinkedHashMap<Long, SentUpdate>();
		var kinds = new LinkedHashMap<String, Integer>();
		var sent = new ArrayList<Sent>();

		try {
			for (var i = 0; i < SIZE; i++) {
				var user = random.nextBoolean() ? official : stranger;
				var kind = random.nextInt(100);
				Sent one;
				if (kind < 30) {
					var text = nonBlank(this::hostileText);
					one = new Sent(i, "text " + quote(text), telegram.users().sends(user, text), Expect.ANSWER);
					previousText.put(user.id(), one.update());
				}
				else if (kind < 55) {
					var text = command();
					// A command addressed to another bot is not for us, by design.
					one = new Sent(i, "command " + quote(text), telegram.users().sends(user, text),
							text.contains("@other_bot") ? Expect.EITHER : Expect.ANSWER);
					previousText.put(user.id(), one.update());
				}
				else if (kind < 62) {
					var caption = random.nextBoolean() ? null : hostileText();
					one = new Sent(i, "photo " + quote(caption), telegram.users().sendsPhoto(user, caption), Expect.ANSWER);
				}
				else if (kind < 67) {
					var caption = random.nextBoolean() ? null : hostileText();
					var name = nonBlank(this::hostileText).replace('/', '_') + pick(".pdf", ".xlsx", ".exe", "", ".jpg");
					one = new Sent(i, "file " + quote(name), telegram.users().sendsDocument(user, name, caption), Expect.ANSWER);
				}
				else if (kind < 75) {
					var media = pick(MEDIA);
					var caption = random.nextBoolean() ? null : hostileText();
					one = new Sent(i, media + " " + quote(caption), telegram.users().sendsOther(user, media, caption), Expect.EITHER);
				}
				else if (kind < 82 && previousText.containsKey(user.id())) {
					var text = nonBlank(this::hostileText);
					one = new Sent(i, "edit " + quote(text), telegram.users().edits(user, previousText.get(user.id()), text),
							Expect.ANSWER);
				}
				else if (kind < 93) {
					var text = random.nextBoolean() ? command() : nonBlank(this::hostileText);
					one = new Sent(i, "group " + quote(text), telegram.users().sendsIn(group, user, text), Expect.EITHER);
				}
				else {
					var text = random.nextBoolean() ? command() : nonBlank(this::hostileText);
					one = new Sent(i, "channel " + quote(text), telegram.users().postsInChannel(channel, "Kênh xã", text), Expect.EITHER);
				}
				kinds.merge(one.what().substring(0, one.what().indexOf(' ')), 1, Integer::sum);
				sent.add(one);
				settle(one, user);
			}
		}
		finally {
			detach(log);
		}

		System.out.println("HostileInputTests: sent " + kinds);
		var apology = messages.getMessage("telegram.error.apology", null, Locale.forLanguageTag("vi"));
		var everyBotMessage = new ArrayList<BotMessage>();
		for (var chat : List.of(stranger.id(), official.id(), group.id(), channel)) {
			everyBotMessage.addAll(telegram.messagesIn(chat));
		}
		assertThat(everyBotMessage).as("nothing failed (see the ERROR lines of the log)")
			.filteredOn(m -> apology.equals(m.text())).extracting(m -> m.chatId() + "#" + m.messageId()).isEmpty();
		assertThat(telegram.messagesIn(channel)).as("channel posts are not answered").isEmpty();
		assertThat(telegram.errorsReturned().subList(errorsBefore, telegram.errorsReturned().size()))
			.as("Telegram refused nothing the bot sent (HTML, length, buttons)").isEmpty();
		assertThat(log.list).as("nothing was logged as an error or a warning")
			.filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
			.extracting(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).isEmpty();
		assertThat(rows()).as("nothing was stored").isEqualTo(before);
		System.out.println("HostileInputTests: stored as designed: " + (count("progress_report") - reports) + " notes and undos, "
				+ (count("evidence") - evidence) + " pieces of evidence; the bot sent " + everyBotMessage.size()
				+ " messages");
		assertThat(sent).hasSize(SIZE);
	}

	/**
	 * Waits until the bot is done with the message: a private message's answer, or, for what may go
	 * unanswered, the answer to a button press sent after it in the same chat (the bot handles a
	 * chat's updates in order and answers every press). A channel has no presses: its post is done
	 * when confirmed.
	 */
	private void settle(Sent one, ChatUser user) {
		var update = one.update();
		if (one.expect() == Expect.ANSWER) {
			try {
				probe.awaitReply(update, WAIT);
			}
			catch (AssertionError e) {
				throw new AssertionError("message #" + one.index() + " (" + one.what() + ") got no answer", e);
			}
			return;
		}
		if (one.what().startsWith("channel")) {
			probe.awaitConfirmed(update, WAIT);
			return;
		}
		var press = telegram.users().presses(user, new BotMessage(update.chatId(), 1, "text", "…", null, null, null, 0),
				"~fuzz");
		assertThat(probe.callbackAnswer(press, WAIT)).as("the bot is still answering after #" + one.index()).isPresent();
	}

	private String hostileText() {
		var pieces = random.nextInt(100) < 4 ? 1 : 1 + random.nextInt(12);
		var text = new StringBuilder();
		for (var i = 0; i < pieces; i++) {
			switch (random.nextInt(6)) {
				case 0 -> text.append(pick(META));
				case 1 -> text.append(pick(NUMBERS));
				case 2 -> text.append(pick(WEIRD));
				case 3 -> text.append(randomCodePoints(1 + random.nextInt(20)));
				case 4 -> text.append(pick("2.2 ", "1.1 ", "#xong", "#namtruoc", "/", "@" + BOT_USERNAME, " ", "mục ",
						"tỷ lệ ", "%"));
				default -> text.append(pick(NUMBERS)).append(pick(META));
			}
		}
		if (random.nextInt(100) < 4) {
			// Far longer than Telegram lets anyone type: the bot must not choke or echo it whole.
			var piece = text.length() == 0 ? "x" : text.toString();
			text.setLength(0);
			while (text.length() < 10_000) {
				text.append(piece);
			}
			text.setLength(10_000);
			if (Character.isHighSurrogate(text.charAt(9_999))) {
				text.setLength(9_999);
			}
		}
		return text.toString();
	}

	/** A registered command name or alias (in any case, maybe addressed to us or to another bot) with garbage. */
	private String command() {
		var commands = registry.commands().stream().filter(c -> c.getClass().getEnclosingClass() != ChatTestConfiguration.class)
			.toList();
		var command = commands.get(random.nextInt(commands.size()));
		var name = random.nextBoolean() ? command.name() : command.alias();
		if (random.nextInt(5) == 0) {
			name = name.toUpperCase(Locale.ROOT);
		}
		var at = switch (random.nextInt(6)) {
			case 0 -> "@" + BOT_USERNAME;
			case 1 -> "@other_bot";
			default -> "";
		};
		var argument = switch (random.nextInt(5)) {
			case 0 -> "";
			case 1 -> pick(NUMBERS);
			case 2 -> pick("2.2 ", "1.1 ", "99.9 ", "0 ", "") + pick(NUMBERS);
			default -> hostileText();
		};
		return "/" + name + at + (argument.isEmpty() ? "" : " " + argument);
	}

	private String randomCodePoints(int count) {
		var text = new StringBuilder();
		for (var i = 0; i < count; i++) {
			int codePoint;
			do {
				codePoint = switch (random.nextInt(4)) {
					case 0 -> 0x20 + random.nextInt(0x5F);
					case 1 -> 0xA0 + random.nextInt(0x2000);
					case 2 -> 0x1F300 + random.nextInt(0x300);
					default -> 0x21 + random.nextInt(0x10FFFF - 0x21);
				};
			}
			while (!Character.isDefined(codePoint) || Character.getType(codePoint) == Character.SURROGATE
					|| Character.getType(codePoint) == Character.PRIVATE_USE || Character.isISOControl(codePoint));
			text.appendCodePoint(codePoint);
		}
		return text.toString();
	}

	/** Telegram delivers no message without visible text; retry until there is some. */
	private String nonBlank(Supplier<String> text) {
		String candidate;
		do {
			candidate = text.get();
		}
		while (candidate.strip().isEmpty() || candidate.codePoints().allMatch(c -> Character.isWhitespace(c)
				|| Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.NON_SPACING_MARK
				|| Character.isSpaceChar(c)));
		return candidate;
	}

	@SafeVarargs
	private <T> T pick(T... options) {
		return options[random.nextInt(options.length)];
	}

	private static String quote(String text) {
		if (text == null) {
			return "(none)";
		}
		var shown = text.length() > 60 ? text.substring(0, 60) + "…(" + text.length() + ")" : text;
		return "\"" + shown.replace("\n", "\\n") + "\"";
	}

	private static long ids() {
		return someone("kênh", null).id();
	}

	private Map<String, Integer> rows() {
		var counts = new LinkedHashMap<String, Integer>();
		new java.util.TreeMap<>(UNTOUCHED).forEach((name, from) -> counts.put(name,
				jdbc.sql("select count(*) from " + from).query(Integer.class).single()));
		return counts;
	}

	private int count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

	/** Everything the application logs from now on, whatever the log file's state. */
	private static ListAppender<ILoggingEvent> capture() {
		var appender = new ListAppender<ILoggingEvent>();
		appender.setName("hostile-input");
		appender.start();
		((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(appender);
		return appender;
	}

	private static void detach(ListAppender<ILoggingEvent> appender) {
		((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(appender);
		appender.stop();
	}
}
