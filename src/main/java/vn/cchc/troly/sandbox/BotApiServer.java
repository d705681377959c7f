package vn.cchc.troly.sandbox;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Telegram Bot API server inside the JVM, on 127.0.0.1: the bot connects to it as it would to
 * api.telegram.org ({@code /bot<token>/<method>}, method names in any case), users are simulated
 * by calling {@link #userSends} and friends, and every request the bot makes is recorded, so a
 * test can assert exactly what the bot did and a page can show the chats.
 * <p>
 * It answers only with Telegram-shaped JSON ({@code {"ok":true,"result":…}} or
 * {@code {"ok":false,"error_code":…,"description":…}}), dates in seconds, message ids per chat.
 * getUpdates is real long polling; a newer getUpdates ends an older pending one with 409, as on
 * Telegram. Waiting methods block on a condition, never on sleeps.
 */
public final class BotApiServer implements AutoCloseable {

	private final String token;
	private final long botId;
	private final String botUsername;
	private final Clock clock;
	private final JsonMapper json = JsonMapper.builder().build();
	private final RequestBodies bodies = new RequestBodies(json);
	private final HttpServer http;
	private final ExecutorService executor;

	private final ReentrantLock lock = new ReentrantLock();
	private final Condition changed = lock.newCondition();
	// Everything below is guarded by lock.
	private final List<ObjectNode> pending = new ArrayList<>();
	private final Map<Integer, ObjectNode> updatesById = new HashMap<>();
	private final List<ApiRequest> requests = new ArrayList<>();
	private final Map<Long, List<BotMessage>> botMessages = new LinkedHashMap<>();
	private final Map<Long, ObjectNode> chats = new HashMap<>();
	private final Map<Long, Integer> lastMessageId = new HashMap<>();
	private final Map<String, JsonNode> commandMenus = new LinkedHashMap<>();
	private final Map<String, UploadedFile> userFiles = new HashMap<>();
	private final List<String> errorsReturned = new ArrayList<>();
	private int nextUpdateId = 1;
	private long pollGeneration;
	private boolean closed;

	private final AtomicInteger fileCounter = new AtomicInteger();
	private final AtomicInteger callbackCounter = new AtomicInteger();
	private volatile FaultInjector faults = FaultInjector.NONE;
	private final SendRates sendRates = new SendRates();

	private BotApiServer(String token, String botUsername, Clock clock, InetSocketAddress address) throws IOException {
		this.token = token;
		this.botId = botId(token);
		this.botUsername = botUsername;
		this.clock = clock;
		this.executor = Executors.newCachedThreadPool(runnable -> {
			var thread = new Thread(runnable, "bot-api-server");
			thread.setDaemon(true);
			return thread;
		});
		this.http = HttpServer.create(address, 0);
		this.http.createContext("/", this::handle);
		this.http.setExecutor(executor);
		this.http.start();
	}

	/** Starts a server on 127.0.0.1 at a free port. The token's digits before ':' are the bot's id. */
	public static BotApiServer start(String token, String botUsername, Clock clock) {
		return start(token, botUsername, clock, 0);
	}

	/** Starts a server on 127.0.0.1 at the given port (0: any free port). */
	public static BotApiServer start(String token, String botUsername, Clock clock, int port) {
		try {
			return new BotApiServer(token, botUsername, clock,
					new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
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
		return http.getAddress().getPort();
	}

	/** The address the server listens on: always the loopback address. */
	public InetSocketAddress address() {
		return http.getAddress();
	}

	public String botUsername() {
		return botUsername;
	}

	/** When each message was accepted, per chat: for checking the bot's pace against Telegram's limits. */
	public SendRates sendRates() {
		return sendRates;
	}

	/** Makes the server fail chosen requests; {@link FaultInjector#NONE} to stop. */
	public void injectFaults(FaultInjector injector) {
		this.faults = injector;
	}

	@Override
	public void close() {
		lock.lock();
		try {
			closed = true;
			changed.signalAll();
		}
		finally {
			lock.unlock();
		}
		http.stop(0);
		executor.shutdownNow();
	}

	// ---------------------------------------------------------------- what users do

	/** The user writes to the bot in their private chat. */
	public SentUpdate userSends(ChatUser user, String text) {
		return queueMessage("message", privateChat(user), user, text, null);
	}

	/** The user writes in a group the bot is a member of. */
	public SentUpdate userSendsIn(GroupChat group, ChatUser user, String text) {
		return queueMessage("message", groupChat(group), user, text, null);
	}

	/** The user sends a photo (with an optional caption) in their private chat. */
	public SentUpdate userSendsPhoto(ChatUser user, String caption) {
		return userSendsPhoto(user, caption, null);
	}

	/**
	 * The user sends a photo with its bytes (a page's upload), kept so {@link #userFile} can show
	 * it again; null bytes for a photo that has none.
	 */
	public SentUpdate userSendsPhoto(ChatUser user, String caption, UploadedFile file) {
		var n = fileCounter.incrementAndGet();
		var photo = json.createArrayNode();
		for (var size : new int[] { 90, 320, 1280 }) {
			var fileId = "photo-" + n + "-" + size;
			photo.addObject().put("file_id", fileId).put("file_unique_id", "uphoto-" + n + "-" + size)
				.put("width", size).put("height", size * 3 / 4)
				.put("file_size", file == null ? size * 100 : file.bytes().length);
			keep(fileId, file);
		}
		var extra = json.createObjectNode();
		extra.set("photo", photo);
		return queueMessage("message", privateChat(user), user, null, withCaption(extra, caption));
	}

	/** The user sends a file (with an optional caption) in their private chat. */
	public SentUpdate userSendsDocument(ChatUser user, String fileName, String caption) {
		return userSendsDocument(user, new UploadedFile(fileName, null), caption);
	}

	/** The user sends a file with its bytes (a page's upload), kept so {@link #userFile} can serve it. */
	public SentUpdate userSendsDocument(ChatUser user, UploadedFile file, String caption) {
		var n = fileCounter.incrementAndGet();
		var mime = URLConnection.guessContentTypeFromName(file.fileName());
		var fileId = "document-" + n;
		var extra = json.createObjectNode();
		extra.putObject("document").put("file_id", fileId).put("file_unique_id", "udocument-" + n)
			.put("file_name", file.fileName()).put("mime_type", mime == null ? "application/octet-stream" : mime)
			.put("file_size", file.bytes() == null ? 1000 + n : file.bytes().length);
		if (file.bytes() != null) {
			keep(fileId, file);
		}
		return queueMessage("message", privateChat(user), user, null, withCaption(extra, caption));
	}

	/**
	 * The user sends something the bot does not read, in their private chat: a "sticker", "voice",
	 * "video_note", "location" or "contact", with an optional caption (Telegram allows one on voice
	 * messages; the bot must cope with one anywhere).
	 */
	public SentUpdate userSendsOther(ChatUser user, String kind, String caption) {
		var n = fileCounter.incrementAndGet();
		var extra = json.createObjectNode();
		switch (kind) {
			case "sticker" -> extra.putObject("sticker").put("file_id", "sticker-" + n).put("file_unique_id", "usticker-" + n)
				.put("type", "regular").put("width", 512).put("height", 512).put("is_animated", false)
				.put("is_video", false).put("emoji", "😀");
			case "voice" -> extra.putObject("voice").put("file_id", "voice-" + n).put("file_unique_id", "uvoice-" + n)
				.put("duration", 3).put("mime_type", "audio/ogg");
			case "video_note" -> extra.putObject("video_note").put("file_id", "vnote-" + n)
				.put("file_unique_id", "uvnote-" + n).put("length", 240).put("duration", 2);
			case "location" -> extra.putObject("location").put("latitude", 15.0).put("longitude", 108.75);
			case "contact" -> extra.putObject("contact").put("phone_number", "+84900000" + (n % 1000))
				.put("first_name", "Liên hệ");
			default -> throw new IllegalArgumentException("not a kind of message the server knows: " + kind);
		}
		return queueMessage("message", privateChat(user), user, null, withCaption(extra, caption));
	}

	/**
	 * A post in a channel the bot administers: a channel_post update, with no "from" (channel posts
	 * are signed by the channel itself, in "sender_chat").
	 */
	public SentUpdate channelPosts(long channelId, String title, String text) {
		lock.lock();
		try {
			var chat = chats.computeIfAbsent(channelId,
					id -> json.createObjectNode().put("id", id).put("type", "channel").put("title", title));
			var messageId = nextMessageId(channelId);
			var message = json.createObjectNode().put("message_id", messageId);
			message.set("sender_chat", chat);
			message.set("chat", chat);
			message.put("date", nowSeconds());
			message.put("text", text);
			addCommandEntity(message, text);
			var update = json.createObjectNode();
			update.set("channel_post", message);
			return queue(update, channelId, messageId);
		}
		finally {
			lock.unlock();
		}
	}

	/** The bytes of a photo or file a user sent, by its file_id; null when none were sent. */
	public UploadedFile userFile(String fileId) {
		lock.lock();
		try {
			return userFiles.get(fileId);
		}
		finally {
			lock.unlock();
		}
	}

	private void keep(String fileId, UploadedFile file) {
		if (file != null && file.bytes() != null) {
			lock.lock();
			try {
				userFiles.put(fileId, file);
			}
			finally {
				lock.unlock();
			}
		}
	}

	/** The user edits a message they sent earlier: Telegram sends an edited_message update. */
	public SentUpdate userEdits(ChatUser user, SentUpdate earlier, String newText) {
		lock.lock();
		try {
			var original = updatesById.get(earlier.updateId()).get("message");
			var message = original.deepCopy();
			((ObjectNode) message).put("text", newText).put("edit_date", nowSeconds());
			((ObjectNode) message).remove("entities");
			addCommandEntity((ObjectNode) message, newText);
			var update = json.createObjectNode();
			update.set("edited_message", message);
			return queue(update, earlier.chatId(), lastMessageId.getOrDefault(earlier.chatId(), 0));
		}
		finally {
			lock.unlock();
		}
	}

	/** The user presses an inline button under a bot message. */
	public SentUpdate userPresses(ChatUser user, BotMessage botMessage, String callbackData) {
		lock.lock();
		try {
			var callback = json.createObjectNode();
			callback.put("id", String.valueOf(callbackCounter.incrementAndGet() * 1000003L));
			callback.set("from", userJson(user));
			callback.set("message", botMessageJson(botMessage));
			callback.put("chat_instance", String.valueOf(botMessage.chatId() * 31));
			callback.put("data", callbackData);
			var update = json.createObjectNode();
			update.set("callback_query", callback);
			return queue(update, botMessage.chatId(), lastMessageId.getOrDefault(botMessage.chatId(), 0));
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * Queues an update again under its original update_id, as Telegram does when the bot stopped
	 * before confirming it (by polling with a higher offset).
	 */
	public SentUpdate redeliver(SentUpdate update) {
		lock.lock();
		try {
			var original = updatesById.get(update.updateId());
			if (original == null) {
				throw new IllegalArgumentException("no update " + update.updateId());
			}
			pending.removeIf(u -> u.get("update_id").asInt() == update.updateId());
			pending.add(original);
			pending.sort((a, b) -> Integer.compare(a.get("update_id").asInt(), b.get("update_id").asInt()));
			changed.signalAll();
			return new SentUpdate(update.updateId(), update.chatId(), update.messageId(), requests.size());
		}
		finally {
			lock.unlock();
		}
	}

	/** Makes the user's private chat known, as when they once pressed Start, so the bot may write first. */
	public void chatOpenedBy(ChatUser user) {
		privateChat(user);
	}

	/** Makes a group known, as when the bot is added to it, so the bot may post there first. */
	public void botAddedTo(GroupChat group) {
		lock.lock();
		try {
			groupChat(group);
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * Forgets every message in every chat, as a fresh start of the sandbox. Chats stay known, and
	 * update and message ids keep counting up, so the polling bot notices nothing odd.
	 */
	public void forgetMessages() {
		lock.lock();
		try {
			botMessages.clear();
			updatesById.clear();
			pending.clear();
			userFiles.clear();
			changed.signalAll();
		}
		finally {
			lock.unlock();
		}
	}

	// ---------------------------------------------------------------- what tests and pages read

	/**
	 * Everything said in a chat, as a chat app shows it: the users' messages and the bot's (each in
	 * its latest state), in message order. Button presses and edits of user messages are not
	 * messages and do not appear.
	 */
	public List<ChatEntry> transcript(long chatId) {
		lock.lock();
		try {
			var entries = new ArrayList<ChatEntry>();
			for (var update : updatesById.values()) {
				var message = update.get("message");
				if (message != null && message.get("chat").get("id").asLong() == chatId) {
					entries.add(userEntry(message));
				}
			}
			for (var message : botMessages.getOrDefault(chatId, List.of())) {
				var fileName = message.file() == null ? null : message.file().fileName();
				entries.add(new ChatEntry(chatId, message.messageId(), null, null, message.kind(), message.text(),
						message.parseMode(), message.replyMarkup(), fileName, null, message.edits()));
			}
			entries.sort(java.util.Comparator.comparingInt(ChatEntry::messageId));
			return entries;
		}
		finally {
			lock.unlock();
		}
	}

	private ChatEntry userEntry(JsonNode message) {
		var from = message.get("from");
		var chatId = message.get("chat").get("id").asLong();
		var messageId = message.get("message_id").asInt();
		var caption = message.has("caption") ? message.get("caption").asString() : null;
		if (message.has("photo")) {
			var photos = message.get("photo");
			var fileId = photos.get(photos.size() - 1).get("file_id").asString();
			return new ChatEntry(chatId, messageId, from.get("id").asLong(), from.get("first_name").asString(), "photo",
					caption, null, null, null, userFiles.containsKey(fileId) ? fileId : null, 0);
		}
		if (message.has("document")) {
			var document = message.get("document");
			var fileId = document.get("file_id").asString();
			return new ChatEntry(chatId, messageId, from.get("id").asLong(), from.get("first_name").asString(),
					"document", caption, null, null, document.get("file_name").asString(),
					userFiles.containsKey(fileId) ? fileId : null, 0);
		}
		return new ChatEntry(chatId, messageId, from.get("id").asLong(), from.get("first_name").asString(), "text",
				message.has("text") ? message.get("text").asString() : null, null, null, null, null, 0);
	}

	/**
	 * Waits for the bot's answerCallbackQuery to a button press the server queued, and returns it;
	 * empty when the bot did not answer within the timeout.
	 */
	public java.util.Optional<ApiRequest> callbackAnswer(SentUpdate press, Duration timeout) {
		String queryId;
		lock.lock();
		try {
			var update = updatesById.get(press.updateId());
			if (update == null || !update.has("callback_query")) {
				throw new IllegalArgumentException("update " + press.updateId() + " is not a button press");
			}
			queryId = update.get("callback_query").get("id").asString();
		}
		finally {
			lock.unlock();
		}
		try {
			return java.util.Optional.of(awaitRequest("answerCallbackQuery",
					r -> queryId.equals(r.param("callback_query_id")), timeout));
		}
		catch (AssertionError e) {
			return java.util.Optional.empty();
		}
	}


	/**
	 * Every error the server answered the bot with, in order, as "400 sendMessage: Bad Request: …"
	 * (injected faults included): a bot that speaks Telegram correctly gets none.
	 */
	public List<String> errorsReturned() {
		lock.lock();
		try {
			return List.copyOf(errorsReturned);
		}
		finally {
			lock.unlock();
		}
	}

	/** Every request the bot made, in order. */
	public List<ApiRequest> requests() {
		lock.lock();
		try {
			return List.copyOf(requests);
		}
		finally {
			lock.unlock();
		}
	}

	/** The bot's messages in a chat, oldest first, each in its latest state. */
	public List<BotMessage> messagesIn(long chatId) {
		lock.lock();
		try {
			return List.copyOf(botMessages.getOrDefault(chatId, List.of()));
		}
		finally {
			lock.unlock();
		}
	}

	/** The chats the bot has posted in, in the order they began. */
	public List<Long> chatsWithMessages() {
		lock.lock();
		try {
			return List.copyOf(botMessages.keySet());
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * The command menu the bot set for a scope type and language code: the setMyCommands
	 * "commands" array, or null. {@code commandMenu("default", null)} is the menu for everyone.
	 */
	public JsonNode commandMenu(String scopeType, String languageCode) {
		lock.lock();
		try {
			return commandMenus.get(menuKey(scopeType, languageCode));
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * The menu a user sees in a chat, found as Telegram finds it: the chat's own menu, then the one
	 * for all private (or all group) chats, then the default; at each step the user's language
	 * before the menu without a language. Null when none was set.
	 */
	public JsonNode menuSeenIn(long chatId, String languageCode) {
		var scopes = List.of("chat:" + chatId, chatId < 0 ? "all_group_chats" : "all_private_chats", "default");
		lock.lock();
		try {
			for (var scope : scopes) {
				for (var language : new String[] { languageCode, null }) {
					var menu = commandMenus.get(menuKey(scope, language));
					if (menu != null) {
						return menu;
					}
				}
			}
			return null;
		}
		finally {
			lock.unlock();
		}
	}

	/** Waits for a request of the method (any case) that matches, made at any time so far. */
	public ApiRequest awaitRequest(String method, Predicate<ApiRequest> matching, Duration timeout) {
		return await(() -> requests.stream().filter(r -> r.is(method) && matching.test(r)).findFirst().orElse(null),
				timeout, "a " + method + " request");
	}

	/** Waits for a bot message in the chat that matches, posted at any time so far. */
	public BotMessage awaitMessageTo(long chatId, Predicate<BotMessage> matching, Duration timeout) {
		return await(() -> botMessages.getOrDefault(chatId, List.of()).stream().filter(matching).findFirst().orElse(null),
				timeout, "a bot message in chat " + chatId);
	}

	/** Waits for the first bot message in the update's chat posted after the update. */
	public BotMessage awaitReply(SentUpdate update, Duration timeout) {
		return awaitMessageTo(update.chatId(), m -> m.messageId() > update.messageId(), timeout);
	}

	/** Waits for {@code count} bot messages in the update's chat posted after the update. */
	public List<BotMessage> awaitReplies(SentUpdate update, int count, Duration timeout) {
		return await(() -> {
			var after = botMessages.getOrDefault(update.chatId(), List.of()).stream()
				.filter(m -> m.messageId() > update.messageId()).toList();
			return after.size() >= count ? after : null;
		}, timeout, count + " bot messages in chat " + update.chatId());
	}

	/**
	 * Waits until the bot confirmed the update: it polled again with a higher offset after the
	 * update was queued. The bot handles a batch before it polls again, so by then it is done.
	 */
	public void awaitConfirmed(SentUpdate update, Duration timeout) {
		await(() -> requests.stream()
			.filter(r -> r.sequence() > update.deliveredAfter() && r.is("getUpdates") && r.param("offset") != null
					&& Long.parseLong(r.param("offset")) > update.updateId())
			.findFirst().orElse(null), timeout, "confirmation of update " + update.updateId());
	}

	/**
	 * Waits until the probe answers (not null), asking again whenever the server's state changes;
	 * the probe runs under the server's lock and may call the server's reading methods.
	 */
	public <T> T await(java.util.function.Supplier<T> probe, Duration timeout, String what) {
		var remaining = timeout.toNanos();
		lock.lock();
		try {
			while (true) {
				var found = probe.get();
				if (found != null) {
					return found;
				}
				if (remaining <= 0 || closed) {
					throw new AssertionError("waited " + timeout.toMillis() + " ms for " + what + "; requests so far:\n"
							+ describe(requests));
				}
				remaining = changed.awaitNanos(remaining);
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted while waiting for " + what, e);
		}
		finally {
			lock.unlock();
		}
	}

	private static String describe(List<ApiRequest> requests) {
		var text = new StringBuilder();
		requests.stream().filter(r -> !r.is("getUpdates")).forEach(r -> text.append("  ").append(r.method())
			.append(' ').append(r.params()).append('\n'));
		return text.toString();
	}

	// ---------------------------------------------------------------- HTTP

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			var answer = answer(exchange);
			if (answer.status() >= 400) {
				lock.lock();
				try {
					errorsReturned.add(answer.status() + " " + exchange.getRequestURI().getPath()
						.replaceFirst("^/bot[^/]*/", "") + ": " + answer.body().get("description").asString());
				}
				finally {
					lock.unlock();
				}
			}
			respond(exchange, answer);
		}
		catch (Dropped dropped) {
			// Closing the exchange before any answer closes the connection: the client sees it drop.
		}
	}

	/** Thrown to close the connection without an answer. */
	private static final class Dropped extends RuntimeException {

		Dropped() {
			super(null, null, false, false);
		}
	}

	private Answer answer(HttpExchange exchange) throws IOException {
		var path = exchange.getRequestURI().getPath();
		var prefix = "/bot" + token + "/";
		if (!path.startsWith("/bot")) {
			return error(404, "Not Found");
		}
		if (!path.startsWith(prefix)) {
			return error(401, "Unauthorized");
		}
		try {
			var method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
			var parsed = bodies.parse(exchange.getRequestHeaders().getFirst("Content-Type"),
					exchange.getRequestURI().getRawQuery(), exchange.getRequestBody().readAllBytes());
			var request = record(method, parsed);
			if (!method.equals("getupdates")) {
				var fault = faults.faultFor(request);
				if (fault.isPresent() && fault.get() instanceof FaultInjector.ApiError apiError) {
					return error(apiError);
				}
				if (fault.isPresent() && fault.get() instanceof FaultInjector.DroppedConnection) {
					throw new Dropped();
				}
				if (fault.isPresent() && fault.get() instanceof FaultInjector.LateAnswer late) {
					var answer = answer(request);
					sleep(late.delay());
					return answer;
				}
			}
			return answer(request);
		}
		catch (Dropped dropped) {
			throw dropped;
		}
		catch (RuntimeException e) {
			return error(400, "Bad Request: " + e.getMessage());
		}
	}

	/** Holds back a late answer (outside the lock): the simulated network is slow, nothing waits on it. */
	private static void sleep(Duration delay) {
		try {
			Thread.sleep(delay.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private ApiRequest record(String method, RequestBodies.Parsed parsed) {
		lock.lock();
		try {
			var request = new ApiRequest(requests.size() + 1, method, Map.copyOf(parsed.params()),
					Map.copyOf(parsed.files()), clock.instant());
			requests.add(request);
			changed.signalAll();
			return request;
		}
		finally {
			lock.unlock();
		}
	}

	private record Answer(int status, JsonNode body) {
	}

	private Answer answer(ApiRequest request) {
		return switch (request.method()) {
			case "getme" -> ok(botUserJson().put("can_join_groups", true).put("can_read_all_group_messages", false)
				.put("supports_inline_queries", false));
			case "deletewebhook", "setmycommands", "deletemycommands", "sendchataction", "answercallbackquery" ->
				simple(request);
			case "getupdates" -> getUpdates(request);
			case "sendmessage" -> sendMessage(request);
			case "sendphoto" -> sendFile(request, "photo");
			case "senddocument" -> sendFile(request, "document");
			case "editmessagetext" -> edit(request, true);
			case "editmessagereplymarkup" -> edit(request, false);
			default -> error(404, "Not Found: method not found");
		};
	}

	private Answer simple(ApiRequest request) {
		if (request.method().equals("setmycommands") || request.method().equals("deletemycommands")) {
			var scope = request.json("scope");
			var scopeType = scope == null ? "default" : scope.get("type").asString();
			// A chat's own menu is kept per chat, as Telegram does.
			if (scope != null && scope.has("chat_id")) {
				scopeType += ":" + scope.get("chat_id").asString();
			}
			lock.lock();
			try {
				var key = menuKey(scopeType, request.param("language_code"));
				if (request.method().equals("setmycommands")) {
					commandMenus.put(key, request.json("commands"));
				}
				else {
					commandMenus.remove(key);
				}
			}
			finally {
				lock.unlock();
			}
		}
		if (request.method().equals("answercallbackquery") && request.param("callback_query_id") == null) {
			return error(400, "Bad Request: query is too old and response timeout expired or query ID is invalid");
		}
		return ok(json.getNodeFactory().booleanNode(true));
	}

	private Answer getUpdates(ApiRequest request) {
		var offset = request.param("offset") == null ? 0 : Long.parseLong(request.param("offset"));
		var limit = request.param("limit") == null ? 100 : Integer.parseInt(request.param("limit"));
		var timeout = request.param("timeout") == null ? 0 : Long.parseLong(request.param("timeout"));
		lock.lock();
		try {
			var generation = ++pollGeneration;
			changed.signalAll();
			if (offset > 0) {
				pending.removeIf(u -> u.get("update_id").asLong() < offset);
			}
			var remaining = TimeUnit.SECONDS.toNanos(timeout);
			while (pending.isEmpty() && remaining > 0 && !closed) {
				remaining = changed.awaitNanos(remaining);
				if (generation != pollGeneration) {
					return error(409, "Conflict: terminated by other getUpdates request; "
							+ "make sure that only one bot instance is running");
				}
			}
			var result = json.createArrayNode();
			pending.stream().limit(limit).forEach(result::add);
			return ok(result);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return ok(json.createArrayNode());
		}
		finally {
			lock.unlock();
		}
	}

	private Answer sendMessage(ApiRequest request) {
		var text = request.param("text");
		if (text == null || text.isBlank()) {
			return error(400, "Bad Request: message text is empty");
		}
		var problem = checkText(text, request.param("parse_mode"), 4096, "message is too long");
		if (problem != null) {
			return problem;
		}
		return post(request, "text", text, null);
	}

	private Answer sendFile(ApiRequest request, String field) {
		var reference = request.param(field);
		if (reference == null) {
			return error(400, "Bad Request: there is no " + field + " in the request");
		}
		UploadedFile file;
		if (reference.startsWith("attach://")) {
			file = request.files().get(reference.substring("attach://".length()));
			if (file == null) {
				return error(400, "Bad Request: wrong file identifier/HTTP URL specified");
			}
		}
		else {
			file = new UploadedFile(reference, new byte[0]);
		}
		var caption = request.param("caption");
		if (caption != null) {
			var problem = checkText(caption, request.param("parse_mode"), 1024, "message caption is too long");
			if (problem != null) {
				return problem;
			}
		}
		return post(request, field, caption, file);
	}

	private Answer post(ApiRequest request, String kind, String text, UploadedFile file) {
		var markup = request.json("reply_markup");
		var markupProblem = checkMarkup(markup);
		if (markupProblem != null) {
			return markupProblem;
		}
		lock.lock();
		try {
			var chatId = request.chatId();
			if (!chats.containsKey(chatId)) {
				return error(400, "Bad Request: chat not found");
			}
			var message = new BotMessage(chatId, nextMessageId(chatId), kind, text, request.param("parse_mode"), markup,
					file, 0);
			botMessages.computeIfAbsent(chatId, id -> new ArrayList<>()).add(message);
			sendRates.accepted(chatId);
			changed.signalAll();
			return ok(botMessageJson(message));
		}
		finally {
			lock.unlock();
		}
	}

	private Answer edit(ApiRequest request, boolean text) {
		var markup = request.json("reply_markup");
		var markupProblem = checkMarkup(markup);
		if (markupProblem != null) {
			return markupProblem;
		}
		if (text) {
			var newText = request.param("text");
			if (newText == null || newText.isBlank()) {
				return error(400, "Bad Request: message text is empty");
			}
			var problem = checkText(newText, request.param("parse_mode"), 4096, "MESSAGE_TOO_LONG");
			if (problem != null) {
				return problem;
			}
		}
		lock.lock();
		try {
			var chatId = request.chatId();
			var messageId = Integer.parseInt(request.param("message_id"));
			var messages = botMessages.getOrDefault(chatId, List.of());
			for (var i = 0; i < messages.size(); i++) {
				var old = messages.get(i);
				if (old.messageId() == messageId) {
					var newText = text ? request.param("text") : old.text();
					if (newText.equals(old.text()) && java.util.Objects.equals(markup, old.replyMarkup())) {
						return error(400, "Bad Request: message is not modified: specified new message content and "
								+ "reply markup are exactly the same as a current content and reply markup of the message");
					}
					var edited = old.edited(newText, markup);
					messages.set(i, edited);
					sendRates.accepted(chatId);
					changed.signalAll();
					return ok(botMessageJson(edited).put("edit_date", nowSeconds()));
				}
			}
			return error(400, "Bad Request: message to edit not found");
		}
		finally {
			lock.unlock();
		}
	}

	private Answer checkText(String text, String parseMode, int limit, String tooLong) {
		var html = "HTML".equalsIgnoreCase(parseMode);
		if (html) {
			var problem = TelegramHtml.problem(text);
			if (problem != null) {
				return error(400, "Bad Request: can't parse entities: " + problem);
			}
		}
		var length = html ? TelegramHtml.visibleLength(text) : text.length();
		return length > limit ? error(400, "Bad Request: " + tooLong) : null;
	}

	private Answer checkMarkup(JsonNode markup) {
		if (markup == null || !markup.has("inline_keyboard")) {
			return null;
		}
		for (var row : markup.get("inline_keyboard")) {
			for (var button : row) {
				var data = button.get("callback_data");
				if (data != null && (data.asString().isEmpty()
						|| data.asString().getBytes(StandardCharsets.UTF_8).length > 64)) {
					return error(400, "Bad Request: BUTTON_DATA_INVALID");
				}
				if (button.get("text") == null || button.get("text").asString().isBlank()) {
					return error(400, "Bad Request: text buttons are unallowed in the inline keyboard");
				}
			}
		}
		return null;
	}

	private void respond(HttpExchange exchange, Answer answer) throws IOException {
		var bytes = json.writeValueAsBytes(answer.body());
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(answer.status(), bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	private Answer ok(JsonNode result) {
		var body = json.createObjectNode().put("ok", true);
		body.set("result", result);
		return new Answer(200, body);
	}

	private Answer error(int code, String description) {
		return error(new FaultInjector.ApiError(code, description, null));
	}

	private Answer error(FaultInjector.ApiError error) {
		var body = json.createObjectNode().put("ok", false).put("error_code", error.errorCode())
			.put("description", error.description());
		if (error.retryAfter() != null) {
			body.putObject("parameters").put("retry_after", error.retryAfter());
		}
		return new Answer(error.errorCode(), body);
	}

	// ---------------------------------------------------------------- JSON shapes (lock held)

	private SentUpdate queueMessage(String kind, ObjectNode chat, ChatUser user, String text, ObjectNode extra) {
		lock.lock();
		try {
			var chatId = chat.get("id").asLong();
			var messageId = nextMessageId(chatId);
			var message = json.createObjectNode().put("message_id", messageId);
			message.set("from", userJson(user));
			message.set("chat", chat);
			message.put("date", nowSeconds());
			if (text != null) {
				message.put("text", text);
				addCommandEntity(message, text);
			}
			if (extra != null) {
				message.setAll(extra);
			}
			var update = json.createObjectNode();
			update.set(kind, message);
			return queue(update, chatId, messageId);
		}
		finally {
			lock.unlock();
		}
	}

	private SentUpdate queue(ObjectNode update, long chatId, int messageId) {
		var updateId = nextUpdateId++;
		var numbered = json.createObjectNode().put("update_id", updateId);
		numbered.setAll(update);
		updatesById.put(updateId, numbered);
		pending.add(numbered);
		changed.signalAll();
		return new SentUpdate(updateId, chatId, messageId, requests.size());
	}

	private static void addCommandEntity(ObjectNode message, String text) {
		if (text.startsWith("/")) {
			var end = text.indexOf(' ');
			var length = end < 0 ? text.length() : end;
			message.putArray("entities").addObject().put("type", "bot_command").put("offset", 0).put("length", length);
		}
	}

	private ObjectNode withCaption(ObjectNode extra, String caption) {
		if (caption != null) {
			extra.put("caption", caption);
		}
		return extra;
	}

	private ObjectNode privateChat(ChatUser user) {
		lock.lock();
		try {
			return chats.computeIfAbsent(user.id(), id -> {
				var chat = json.createObjectNode().put("id", id).put("type", "private").put("first_name", user.firstName());
				if (user.username() != null) {
					chat.put("username", user.username());
				}
				return chat;
			});
		}
		finally {
			lock.unlock();
		}
	}

	private ObjectNode groupChat(GroupChat group) {
		return chats.computeIfAbsent(group.id(),
				id -> json.createObjectNode().put("id", id).put("type", "group").put("title", group.title()));
	}

	private ObjectNode userJson(ChatUser user) {
		var node = json.createObjectNode().put("id", user.id()).put("is_bot", false).put("first_name", user.firstName());
		if (user.username() != null) {
			node.put("username", user.username());
		}
		if (user.languageCode() != null) {
			node.put("language_code", user.languageCode());
		}
		return node;
	}

	private ObjectNode botUserJson() {
		return json.createObjectNode().put("id", botId).put("is_bot", true).put("first_name", botUsername)
			.put("username", botUsername);
	}

	private ObjectNode botMessageJson(BotMessage message) {
		var node = json.createObjectNode().put("message_id", message.messageId());
		node.set("from", botUserJson());
		node.set("chat", chats.get(message.chatId()));
		node.put("date", nowSeconds());
		if (message.kind().equals("text")) {
			node.put("text", message.text());
		}
		else {
			if (message.text() != null) {
				node.put("caption", message.text());
			}
			var id = message.kind() + "-bot-" + message.chatId() + "-" + message.messageId();
			var size = message.file() == null ? 0 : message.file().bytes().length;
			if (message.kind().equals("photo")) {
				node.putArray("photo").addObject().put("file_id", id).put("file_unique_id", "u" + id).put("width", 800)
					.put("height", 600).put("file_size", size);
			}
			else {
				var name = message.file() == null ? "file" : message.file().fileName();
				var mime = URLConnection.guessContentTypeFromName(name);
				node.putObject("document").put("file_id", id).put("file_unique_id", "u" + id).put("file_name", name)
					.put("mime_type", mime == null ? "application/octet-stream" : mime).put("file_size", size);
			}
		}
		if (message.replyMarkup() != null) {
			node.set("reply_markup", message.replyMarkup());
		}
		return node;
	}

	private int nextMessageId(long chatId) {
		return lastMessageId.merge(chatId, 1, Integer::sum);
	}

	private long nowSeconds() {
		return clock.instant().getEpochSecond();
	}

	private static String menuKey(String scopeType, String languageCode) {
		return scopeType + "/" + (languageCode == null || languageCode.isEmpty() ? "" : languageCode);
	}

	private static long botId(String token) {
		var colon = token.indexOf(':');
		try {
			return Long.parseLong(colon < 0 ? token : token.substring(0, colon));
		}
		catch (NumberFormatException e) {
			return 1;
		}
	}
}
