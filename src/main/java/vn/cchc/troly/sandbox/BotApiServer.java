package vn.cchc.troly.sandbox;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * A Telegram Bot API server inside the JVM, on 127.0.0.1: the bot connects to it as it would to
 * api.telegram.org, people are simulated through {@link #users()}, and every request the bot makes
 * is recorded, so a test can assert exactly what the bot did and the page can show the chats.
 * <p>
 * In parts: {@link TelegramState} holds what Telegram holds; {@link BotApiHttp} serves it at the
 * root ({@code /bot<token>/<method>}, {@code /file/bot<token>/<file_path>}) over a
 * {@link LoopbackServer}; the method families ({@link UpdateMethods}, {@link SendingMethods},
 * {@link EditingMethods}, {@link CallbackMethods}, {@link BotMethods}, {@link FileMethods}) answer
 * as Telegram does; {@link SimulatedUsers} act. This class starts them and offers read-only views
 * and a change listener; tests wait for what the bot does with {@code BotApiServerProbe} (src/test).
 */
public final class BotApiServer implements AutoCloseable {

	private final String botUsername;
	private final TelegramState state;
	private final SimulatedUsers users;
	private final SendingMethods sending;
	private final BotApiHttp api;
	private final LoopbackServer http;

	/** Stops a change listener. */
	public interface Subscription extends AutoCloseable {

		@Override
		void close();
	}

	private BotApiServer(String token, String botUsername, Clock clock, int port) throws IOException {
		this.botUsername = botUsername;
		var shapes = new TelegramJson(token, botUsername);
		this.state = new TelegramState(clock, shapes);
		this.users = new SimulatedUsers(state, shapes);
		this.sending = new SendingMethods(state, shapes);
		this.api = new BotApiHttp(token, state, shapes.mapper(),
				List.of(new UpdateMethods(state, shapes), sending,
						new EditingMethods(state, shapes), new CallbackMethods(), new BotMethods(state, shapes),
						new FileMethods(state, shapes)));
		this.http = LoopbackServer.start(port, "bot-api-server", api);
	}

	/** Starts a server on 127.0.0.1 at a free port. The token's digits before ':' are the bot's id. */
	public static BotApiServer start(String token, String botUsername, Clock clock) {
		return start(token, botUsername, clock, 0);
	}

	/** Starts a server on 127.0.0.1 at the given port (0: any free port). */
	public static BotApiServer start(String token, String botUsername, Clock clock, int port) {
		try {
			return new BotApiServer(token, botUsername, clock, port);
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot start the Bot API server on port " + port, e);
		}
	}

	/** The address to give the bot as its API URL: {@code http://127.0.0.1:<port>}. */
	public String baseUrl() {
		return "http://127.0.0.1:" + port();
	}

	public int port() {
		return http.port();
	}

	/** The address the server listens on: always the loopback address. */
	public InetSocketAddress address() {
		return http.address();
	}

	public String botUsername() {
		return botUsername;
	}

	/** The people in the chats: what they do reaches the bot as updates. */
	public SimulatedUsers users() {
		return users;
	}

	/** When each message was accepted, per chat: for checking the bot's pace against Telegram's limits. */
	public SendRates sendRates() {
		return state.sendRates();
	}

	/** Makes the server fail chosen requests (downloads included); {@link FaultInjector#NONE} to stop. */
	public void injectFaults(FaultInjector injector) {
		api.injectFaults(injector);
	}

	/**
	 * Refuses photos and documents larger than this from now on with 413 Request Entity Too Large, as
	 * Telegram refuses those over 50 MB: lets a test try a bot's splitting of large files with small ones.
	 */
	public void limitUploads(long bytes) {
		sending.limitUploads(bytes);
	}

	/**
	 * Queues an update again under its original update_id, as Telegram does when the bot stopped
	 * before confirming it (by polling with a higher offset).
	 */
	public SentUpdate redeliver(SentUpdate update) {
		return state.redeliver(update);
	}

	/**
	 * Forgets every message in every chat, as a fresh start of the sandbox. Chats stay known, and
	 * update and message ids keep counting up, so the polling bot notices nothing odd.
	 */
	public void forgetMessages() {
		state.forgetMessages();
	}

	@Override
	public void close() {
		state.close();
		http.close();
	}

	// ---------------------------------------------------------------- read-only views

	/**
	 * Calls the listener after every change (an update queued, a request received, a message posted
	 * or edited …), on the thread that made it, outside the server's lock: keep it short.
	 */
	public Subscription onChange(Runnable listener) {
		return state.onChange(listener);
	}

	/** Every request the bot made, in order (downloads as method "download" with param file_path). */
	public List<ApiRequest> requests() {
		return state.requests();
	}

	/**
	 * Every error the server answered the bot with, in order, as "400 sendMessage: Bad Request: …"
	 * (injected faults included): a bot that speaks Telegram correctly gets none.
	 */
	public List<String> errorsReturned() {
		return state.errorsReturned();
	}

	/** The bot's messages in a chat, oldest first, each in its latest state. */
	public List<BotMessage> messagesIn(long chatId) {
		return state.messagesIn(chatId);
	}

	/** The chats the bot has posted in, in the order they began. */
	public List<Long> chatsWithMessages() {
		return state.chatsWithMessages();
	}

	/**
	 * Everything said in a chat, as a chat app shows it: the users' messages and the bot's (each in
	 * its latest state), in message order. Button presses and edits of user messages are not
	 * messages and do not appear.
	 */
	public List<ChatEntry> transcript(long chatId) {
		return state.transcript(chatId);
	}

	/** The update as the bot receives it (a copy), or empty once forgotten. */
	public Optional<JsonNode> update(SentUpdate update) {
		return Optional.ofNullable(state.update(update.updateId()));
	}

	/** The bot's answerCallbackQuery to a button press, if it answered yet. */
	public Optional<ApiRequest> callbackAnswer(SentUpdate press) {
		return state.callbackAnswer(press);
	}

	/** The bytes of a photo or file a user sent with its bytes, by its file_id; null when none were sent. */
	public UploadedFile userFile(String fileId) {
		var file = state.file(fileId);
		return file != null && file.hasContent() ? file.content() : null;
	}

	/**
	 * The command menu the bot set for a scope type and language code: the setMyCommands
	 * "commands" array, or null. {@code commandMenu("default", null)} is the menu for everyone.
	 */
	public JsonNode commandMenu(String scopeType, String languageCode) {
		return state.commandMenu(scopeType, languageCode);
	}

	/**
	 * The menu a user sees in a chat, found as Telegram finds it: the chat's own menu, then the one
	 * for all private (or all group) chats, then the default; at each step the user's language
	 * before the menu without a language. Null when none was set.
	 */
	public JsonNode menuSeenIn(long chatId, String languageCode) {
		return state.firstMenu(List.of("chat:" + chatId, chatId < 0 ? "all_group_chats" : "all_private_chats", "default"),
				languageCode);
	}
}
