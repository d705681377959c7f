package vn.cchc.troly.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the simulated Telegram holds: the chats, the updates waiting for the bot, the bot's messages
 * in their latest state, the files users sent, the command menus, and every request the bot made.
 * <p>
 * Thread-safe: one lock guards it all; every change wakes a waiting getUpdates and then, outside the
 * lock, calls the change listeners. Clock-driven: message dates are the clock's seconds. Update ids
 * and message ids (per chat) only count up, as on Telegram, even after {@link #forgetMessages}.
 */
final class TelegramState {

	private final Clock clock;
	private final TelegramJson shapes;
	private final SendRates sendRates = new SendRates();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private final ReentrantLock lock = new ReentrantLock();
	private final Condition changed = lock.newCondition();
	// Everything below is guarded by lock.
	private final List<ObjectNode> pending = new ArrayList<>();
	private final Map<Integer, ObjectNode> updatesById = new HashMap<>();
	private final List<ApiRequest> requests = new ArrayList<>();
	private final List<String> errorsReturned = new ArrayList<>();
	private final Map<Long, ObjectNode> chats = new HashMap<>();
	private final Map<Long, Integer> lastMessageId = new HashMap<>();
	private final Map<Long, List<BotMessage>> botMessages = new LinkedHashMap<>();
	private final Map<String, JsonNode> commandMenus = new LinkedHashMap<>();
	private final Map<String, UserFile> filesById = new HashMap<>();
	private final Map<String, UserFile> filesByPath = new HashMap<>();
	private int nextUpdateId = 1;
	private long pollGeneration;
	private boolean closed;

	TelegramState(Clock clock, TelegramJson shapes) {
		this.clock = clock;
		this.shapes = shapes;
	}

	long nowSeconds() {
		return clock.instant().getEpochSecond();
	}

	SendRates sendRates() {
		return sendRates;
	}

	/**
	 * Calls the listener after every change, on the thread that made it, outside the lock; closing
	 * the result stops it. A listener must not throw: it runs inside whatever made the change.
	 */
	BotApiServer.Subscription onChange(Runnable listener) {
		listeners.add(listener);
		return () -> listeners.remove(listener);
	}

	void close() {
		change(() -> closed = true);
	}

	// ---------------------------------------------------------------- what users cause

	/** The chat, made known in the given shape if it is new (as when a user opens it or adds the bot). */
	ObjectNode knownChat(long chatId, Supplier<ObjectNode> shape) {
		return change(() -> chats.computeIfAbsent(chatId, id -> shape.get()));
	}

	/**
	 * Queues a new message in the chat as an update of the kind ("message", "channel_post"): the
	 * fields (from, chat, text, photo …) get the chat's next message id and the clock's date.
	 */
	SentUpdate queueMessage(String kind, long chatId, ObjectNode fields) {
		return change(() -> {
			var messageId = nextMessageId(chatId);
			var message = shapes.object().put("message_id", messageId).put("date", nowSeconds());
			message.setAll(fields);
			var update = shapes.object();
			update.set(kind, message);
			return queue(update, chatId, messageId);
		});
	}

	/** Queues an update about what is already in the chat (an edit, a press): it carries the chat's latest message id. */
	SentUpdate queueAbout(long chatId, ObjectNode update) {
		return change(() -> queue(update, chatId, lastMessageId.getOrDefault(chatId, 0)));
	}

	/** Queues an update again under its own update_id, as Telegram does when the bot never confirmed it. */
	SentUpdate redeliver(SentUpdate update) {
		return change(() -> {
			var original = updatesById.get(update.updateId());
			if (original == null) {
				throw new IllegalArgumentException("no update " + update.updateId());
			}
			pending.removeIf(u -> u.get("update_id").asInt() == update.updateId());
			pending.add(original);
			pending.sort(Comparator.comparingInt(u -> u.get("update_id").asInt()));
			return new SentUpdate(update.updateId(), update.chatId(), update.messageId(), requests.size());
		});
	}

	/** A copy of an update queued earlier (and not forgotten), or null. */
	JsonNode update(int updateId) {
		return read(() -> {
			var update = updatesById.get(updateId);
			return update == null ? null : update.deepCopy();
		});
	}

	void keepFile(UserFile file) {
		change(() -> {
			filesById.put(file.fileId(), file);
			filesByPath.put(file.path(), file);
			return file;
		});
	}

	UserFile file(String fileId) {
		return read(() -> filesById.get(fileId));
	}

	UserFile fileAt(String path) {
		return read(() -> filesByPath.get(path));
	}

	/** Forgets every message, update and file; chats stay known and ids keep counting up. */
	void forgetMessages() {
		change(() -> {
			botMessages.clear();
			updatesById.clear();
			pending.clear();
			filesById.clear();
			filesByPath.clear();
			return null;
		});
	}

	// ---------------------------------------------------------------- what the bot causes

	ApiRequest record(String method, RequestBodies.Parsed parsed) {
		return change(() -> {
			var request = new ApiRequest(requests.size() + 1, method, Map.copyOf(parsed.params()),
					Map.copyOf(parsed.files()), clock.instant());
			requests.add(request);
			return request;
		});
	}

	void errorReturned(String error) {
		change(() -> errorsReturned.add(error));
	}

	/**
	 * getUpdates: confirms the updates before the offset, then returns those waiting, at most limit,
	 * waiting up to the timeout for one to come. Empty when a newer poll ended this one (Telegram's 409).
	 */
	Optional<List<JsonNode>> poll(long offset, int limit, Duration timeout) {
		lock.lock();
		try {
			var generation = ++pollGeneration;
			changed.signalAll();
			if (offset > 0) {
				pending.removeIf(u -> u.get("update_id").asLong() < offset);
			}
			var remaining = timeout.toNanos();
			while (pending.isEmpty() && remaining > 0 && !closed) {
				remaining = changed.awaitNanos(remaining);
				if (generation != pollGeneration) {
					return Optional.empty();
				}
			}
			return Optional.of(pending.stream().limit(limit).<JsonNode>map(u -> u).toList());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.of(List.of());
		}
		finally {
			lock.unlock();
		}
	}

	/** Posts the bot's message in a chat Telegram knows; returns it with its message id. */
	BotMessage post(long chatId, String kind, String text, String parseMode, JsonNode markup, UploadedFile file) {
		return change(() -> {
			if (!chats.containsKey(chatId)) {
				throw new BadRequest("chat not found");
			}
			var message = new BotMessage(chatId, nextMessageId(chatId), kind, text, parseMode, markup, file, 0);
			botMessages.computeIfAbsent(chatId, id -> new ArrayList<>()).add(message);
			sendRates.accepted(chatId);
			return message;
		});
	}

	/** Edits a bot message's text (null: keep it) and keyboard; refuses as Telegram does when nothing changes. */
	BotMessage edit(long chatId, int messageId, String newText, JsonNode markup) {
		return change(() -> {
			var messages = botMessages.getOrDefault(chatId, List.of());
			for (var i = 0; i < messages.size(); i++) {
				var old = messages.get(i);
				if (old.messageId() == messageId) {
					var text = newText == null ? old.text() : newText;
					if (text.equals(old.text()) && Objects.equals(markup, old.replyMarkup())) {
						throw new BadRequest("message is not modified: specified new message content and reply markup "
								+ "are exactly the same as a current content and reply markup of the message");
					}
					var edited = old.edited(text, markup);
					messages.set(i, edited);
					sendRates.accepted(chatId);
					return edited;
				}
			}
			throw new BadRequest("message to edit not found");
		});
	}

	/** Sets (commands not null) or deletes a command menu for a scope ("default", "chat:42" …) and language. */
	void menu(String scope, String languageCode, JsonNode commands) {
		change(() -> commands == null ? commandMenus.remove(menuKey(scope, languageCode))
				: commandMenus.put(menuKey(scope, languageCode), commands));
	}

	// ---------------------------------------------------------------- read-only views

	ObjectNode chat(long chatId) {
		return read(() -> chats.get(chatId));
	}

	List<ApiRequest> requests() {
		return read(() -> List.copyOf(requests));
	}

	List<String> errorsReturned() {
		return read(() -> List.copyOf(errorsReturned));
	}

	List<BotMessage> messagesIn(long chatId) {
		return read(() -> List.copyOf(botMessages.getOrDefault(chatId, List.of())));
	}

	List<Long> chatsWithMessages() {
		return read(() -> List.copyOf(botMessages.keySet()));
	}

	JsonNode commandMenu(String scope, String languageCode) {
		return read(() -> commandMenus.get(menuKey(scope, languageCode)));
	}

	/** The first menu set among the scopes, each tried in the user's language and then without one. */
	JsonNode firstMenu(List<String> scopes, String languageCode) {
		return read(() -> {
			for (var scope : scopes) {
				for (var language : new String[] { languageCode, null }) {
					var menu = commandMenus.get(menuKey(scope, language));
					if (menu != null) {
						return menu;
					}
				}
			}
			return null;
		});
	}

	/** The bot's answerCallbackQuery to a press, if it answered; empty too once the press is forgotten. */
	Optional<ApiRequest> callbackAnswer(SentUpdate press) {
		return read(() -> {
			var update = updatesById.get(press.updateId());
			if (update == null) {
				return Optional.empty();
			}
			if (!update.has("callback_query")) {
				throw new IllegalArgumentException("update " + press.updateId() + " is not a button press");
			}
			var queryId = update.get("callback_query").get("id").asString();
			return requests.stream()
				.filter(r -> r.is("answerCallbackQuery") && queryId.equals(r.param("callback_query_id")))
				.findFirst();
		});
	}

	/** Everything said in a chat, users' messages and the bot's, in message order. */
	List<ChatEntry> transcript(long chatId) {
		return read(() -> {
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
			entries.sort(Comparator.comparingInt(ChatEntry::messageId));
			return entries;
		});
	}

	private ChatEntry userEntry(JsonNode message) {
		var from = message.get("from");
		var chatId = message.get("chat").get("id").asLong();
		var messageId = message.get("message_id").asInt();
		var userId = from.get("id").asLong();
		var name = from.get("first_name").asString();
		var caption = message.has("caption") ? message.get("caption").asString() : null;
		if (message.has("photo")) {
			var photos = message.get("photo");
			var fileId = photos.get(photos.size() - 1).get("file_id").asString();
			return new ChatEntry(chatId, messageId, userId, name, "photo", caption, null, null, null, withContent(fileId), 0);
		}
		if (message.has("document")) {
			var document = message.get("document");
			return new ChatEntry(chatId, messageId, userId, name, "document", caption, null, null,
					document.get("file_name").asString(), withContent(document.get("file_id").asString()), 0);
		}
		return new ChatEntry(chatId, messageId, userId, name, "text",
				message.has("text") ? message.get("text").asString() : null, null, null, null, null, 0);
	}

	private String withContent(String fileId) {
		var file = filesById.get(fileId);
		return file != null && file.hasContent() ? fileId : null;
	}

	// ---------------------------------------------------------------- under the lock

	private <T> T read(Supplier<T> reading) {
		lock.lock();
		try {
			return reading.get();
		}
		finally {
			lock.unlock();
		}
	}

	/** Makes a change under the lock, wakes a waiting poll, then tells the listeners outside the lock. */
	private <T> T change(Supplier<T> changing) {
		T result;
		lock.lock();
		try {
			result = changing.get();
			changed.signalAll();
		}
		finally {
			lock.unlock();
		}
		listeners.forEach(Runnable::run);
		return result;
	}

	private SentUpdate queue(ObjectNode update, long chatId, int messageId) {
		var updateId = nextUpdateId++;
		var numbered = shapes.object().put("update_id", updateId);
		numbered.setAll(update);
		updatesById.put(updateId, numbered);
		pending.add(numbered);
		return new SentUpdate(updateId, chatId, messageId, requests.size());
	}

	private int nextMessageId(long chatId) {
		return lastMessageId.merge(chatId, 1, Integer::sum);
	}

	private static String menuKey(String scope, String languageCode) {
		return scope + "/" + (languageCode == null || languageCode.isEmpty() ? "" : languageCode);
	}
}
