package vn.cchc.troly.sandbox;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.cchc.troly.TroLyCchcApplication;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.report.PostOutcome;

/**
 * What the page shows and does, as JSON: the people and the group, a chat's messages, and the
 * actions of a Telegram app (write, press a button, send a photo or file, open an invite link),
 * carried out through the {@link BotApiServer} so the real bot answers them.
 */
@Component
@SandboxOnly
class SandboxChats {

	private static final Duration BUTTON_ANSWER_WAIT = Duration.ofSeconds(5);
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final BotApiServer server;
	private final SandboxSeed seed;
	private final SandboxReset reset;
	private final PeopleManagement people;
	private final MessageSource messages;
	private final ObjectProvider<SandboxActions> actions;
	private final JsonMapper json = JsonMapper.builder().build();

	SandboxChats(BotApiServer server, SandboxSeed seed, SandboxReset reset, PeopleManagement people,
			MessageSource messages, ObjectProvider<SandboxActions> actions) {
		this.server = server;
		this.seed = seed;
		this.reset = reset;
		this.people = people;
		this.messages = messages;
		this.actions = actions;
	}

	/** Every sandbox.page.* text in the language, for the page to show. */
	JsonNode texts(Locale locale) {
		var result = json.createObjectNode();
		for (var key : pageKeys()) {
			result.put(key.substring("sandbox.page.".length()), messages.getMessage(key, null, locale));
		}
		return result;
	}

	/**
	 * The communes and the province, the people (each with the key of their unit), the groups, and each
	 * chat's latest message id (for unread marks). People and groups come the first commune's first.
	 */
	JsonNode state() {
		var result = json.createObjectNode();
		result.put("bot", server.botUsername());
		result.put("summaryAvailable", actions.getIfAvailable() != null);
		var unitList = result.putArray("units");
		var list = result.putArray("people");
		var groups = result.putArray("groups");
		for (var unit : seed.units()) {
			var unitNode = unitList.addObject().put("key", unit.key()).put("province", unit.isProvince());
			if (unit.name() != null) {
				unitNode.put("name", unit.name());
			}
			for (var person : unit.cast()) {
				var id = person.user().id();
				var official = people.findByTelegramUser(id);
				var node = list.addObject().put("id", id).put("name", person.user().firstName())
					.put("position", person.position()).put("role", person.role().name()).put("unit", unit.key())
					.put("registered", official.isPresent()).put("invitePending", seed.inviteCode(id).isPresent())
					.put("lastMessageId", lastMessageId(id));
				if (official.isPresent()) {
					var roles = node.putArray("roles");
					official.get().roles().stream().map(grant -> grant.role().name()).sorted().forEach(roles::add);
				}
			}
			var group = unit.group();
			var node = groups.addObject().put("id", group.id()).put("title", group.title()).put("unit", unit.key())
				.put("lastMessageId", lastMessageId(group.id()));
			var members = node.putArray("members");
			unit.cast().stream().filter(SandboxPerson::inGroup).forEach(p -> members.add(p.user().id()));
		}
		return result;
	}

	JsonNode chat(long chatId) {
		var result = json.createObjectNode().put("id", chatId);
		var list = result.putArray("messages");
		for (var entry : server.transcript(chatId)) {
			var node = list.addObject().put("id", entry.messageId()).put("kind", entry.kind())
				.put("fromBot", entry.fromBot()).put("edits", entry.edits());
			if (!entry.fromBot()) {
				node.put("from", entry.fromUserId()).put("sender", entry.senderName());
			}
			node.put("text", entry.text());
			node.put("html", "HTML".equalsIgnoreCase(entry.parseMode()));
			if (entry.fileName() != null) {
				node.put("fileName", entry.fileName());
			}
			if (entry.fromBot() && !entry.kind().equals("text")) {
				node.put("file", "/api/file?chat=" + chatId + "&message=" + entry.messageId());
			}
			else if (entry.userFileId() != null) {
				node.put("file", "/api/file?id=" + entry.userFileId());
			}
			if (entry.replyMarkup() != null && entry.replyMarkup().has("inline_keyboard")) {
				var rows = node.putArray("buttons");
				for (var row : entry.replyMarkup().get("inline_keyboard")) {
					var buttons = rows.addArray();
					for (var button : row) {
						var b = buttons.addObject().put("text", button.get("text").asString());
						if (button.has("callback_data")) {
							b.put("data", button.get("callback_data").asString());
						}
						if (button.has("url")) {
							b.put("url", button.get("url").asString());
						}
					}
				}
			}
		}
		return result;
	}

	/** The user writes in the chat: their private chat, or a group of theirs when the chat id is a group's. */
	void send(long chatId, long userId, String text) {
		var user = user(userId);
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("empty message");
		}
		if (chatId == userId) {
			server.users().sends(user, text);
		}
		else {
			server.users().sendsIn(group(chatId, userId), user, text);
		}
	}

	/** The user presses a button under a bot message; returns the bot's answer to the press (toast), if any. */
	JsonNode press(long chatId, long userId, int messageId, String data) {
		var user = user(userId);
		if (chatId != userId) {
			group(chatId, userId);
		}
		var message = server.messagesIn(chatId).stream().filter(m -> m.messageId() == messageId).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no message " + messageId));
		if (!message.buttonData().contains(data)) {
			throw new IllegalArgumentException("no such button");
		}
		var press = server.users().presses(user, message, data);
		var result = json.createObjectNode();
		answerTo(press).ifPresent(answer -> {
			if (answer.param("text") != null) {
				result.put("text", answer.param("text"));
			}
			result.put("alert", Boolean.parseBoolean(answer.param("show_alert")));
		});
		return result;
	}

	/** The bot's answer to the press, waited for as the app waits to show it; empty when none came in time. */
	private Optional<ApiRequest> answerTo(SentUpdate press) {
		var answered = new CompletableFuture<ApiRequest>();
		try (var listening = server.onChange(() -> server.callbackAnswer(press).ifPresent(answered::complete))) {
			server.callbackAnswer(press).ifPresent(answered::complete);
			return Optional.of(answered.get(BUTTON_ANSWER_WAIT.toMillis(), TimeUnit.MILLISECONDS));
		}
		catch (TimeoutException e) {
			return Optional.empty();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
		catch (ExecutionException e) {
			throw new IllegalStateException(e.getCause());
		}
	}

	/** The user sends a photo or a file in their private chat, as evidence, with an optional caption. */
	void upload(long userId, String fileName, byte[] bytes, String caption, boolean photo) {
		var user = user(userId);
		var file = new UploadedFile(fileName == null || fileName.isBlank() ? "file" : fileName, bytes);
		var text = caption == null || caption.isBlank() ? null : caption;
		if (photo) {
			server.users().sendsPhoto(user, text, file);
		}
		else {
			server.users().sendsDocument(user, file, text);
		}
	}

	/** The person opens their invite link: Telegram sends "/start &lt;code&gt;" from them. */
	void openInvite(long userId) {
		var code = seed.inviteCode(userId).orElseThrow(() -> new IllegalArgumentException("no pending invite"));
		server.users().sends(user(userId), "/start " + code);
	}

	/** A commune's current plan's evidence dossier as one .zip on disk, for the page to send and delete. */
	Optional<Path> dossier(Locale locale, String unitKey) {
		var available = actions.getIfAvailable();
		return available == null ? Optional.empty() : available.dossier(commune(unitKey).unitId(), locale);
	}

	/**
	 * The coordinator asks for this week's summary now: the report module records it and the real bot
	 * posts it to the commune's leadership group. Says, in the page's language, what happened: posted, or
	 * posted already this week and when (one a week; starting over clears it). The commune is the one
	 * the key names (the page sends the unit of the chat it shows), the first without one; for the
	 * province, every commune's summary goes to that commune's own group.
	 */
	JsonNode postWeeklySummaryNow(Locale locale, String unitKey) {
		var available = actions.getIfAvailable();
		if (available == null) {
			throw new IllegalStateException(messages.getMessage("sandbox.page.summaryUnavailable", null, locale));
		}
		if (!SandboxUnit.PROVINCE.equals(unitKey)) {
			return postWeeklySummaryNow(available, commune(unitKey), locale);
		}
		var result = json.createObjectNode();
		var texts = new ArrayList<String>();
		var anyPosted = false;
		for (var unit : seed.units().stream().filter(u -> !u.isProvince()).toList()) {
			var one = postWeeklySummaryNow(available, unit, locale);
			anyPosted |= "posted".equals(one.get("outcome").asString());
			texts.add(one.get("text").asString());
		}
		return result.put("outcome", anyPosted ? "posted" : "alreadyPosted").put("text", String.join("\n", texts));
	}

	private ObjectNode postWeeklySummaryNow(SandboxActions available, SandboxUnit unit, Locale locale) {
		var coordinator = unit.coordinator()
			.orElseThrow(() -> new IllegalStateException("the sandbox has no coordinator in " + unit.name()));
		var outcome = available.postWeeklySummaryNow(unit.unitId(), coordinator.user().id());
		var result = json.createObjectNode();
		if (outcome instanceof PostOutcome.Posted posted) {
			result.put("outcome", "posted").put("chat", posted.chatId()).put("text",
					messages.getMessage("sandbox.summary.posted", new Object[] { title(posted.chatId()) }, locale));
		}
		else if (outcome instanceof PostOutcome.AlreadyPosted already) {
			var at = already.sentAt().atZone(TroLyCchcApplication.ZONE);
			result.put("outcome", "alreadyPosted").put("chat", already.chatId()).put("sentAt", already.sentAt().toString())
				.put("text", messages.getMessage("sandbox.summary.alreadyPosted",
						new Object[] { TIME.format(at), DATE.format(at), title(already.chatId()) }, locale));
		}
		else {
			throw new IllegalStateException(messages.getMessage("sandbox.summary.noGroup", null, locale));
		}
		return result;
	}

	/** The commune the key names; the first commune when there is none. */
	private SandboxUnit commune(String unitKey) {
		var communes = seed.units().stream().filter(u -> !u.isProvince()).toList();
		if (communes.isEmpty()) {
			throw new IllegalStateException("the sandbox has no commune yet");
		}
		if (unitKey == null || unitKey.isBlank()) {
			return communes.get(0);
		}
		return communes.stream().filter(u -> u.key().equals(unitKey)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no commune " + unitKey));
	}

	private String title(long chatId) {
		return seed.unitOfGroup(chatId).map(unit -> unit.group().title()).orElse(String.valueOf(chatId));
	}

	void reset() {
		reset.reset();
	}

	/** A bot photo or document by chat and message, or a user's upload by file id; null if none. */
	UploadedFile file(Long chatId, Integer messageId, String userFileId) {
		if (userFileId != null) {
			return server.userFile(userFileId);
		}
		if (chatId == null || messageId == null) {
			return null;
		}
		return server.messagesIn(chatId).stream().filter(m -> m.messageId() == messageId && m.file() != null)
			.map(BotMessage::file).findFirst().orElse(null);
	}

	ObjectNode object() {
		return json.createObjectNode();
	}

	JsonMapper json() {
		return json;
	}

	private ChatUser user(long userId) {
		return seed.person(userId).map(SandboxPerson::user)
			.orElseThrow(() -> new IllegalArgumentException("no sandbox person " + userId));
	}

	/** The group, if the user is one of its members: the people of its unit who are in its group. */
	private GroupChat group(long chatId, long userId) {
		var unit = seed.unitOfGroup(chatId).orElseThrow(() -> new IllegalArgumentException("no chat " + chatId));
		if (unit.cast().stream().noneMatch(p -> p.user().id() == userId && p.inGroup())) {
			throw new IllegalArgumentException("not a member of the group");
		}
		return unit.group();
	}

	private int lastMessageId(long chatId) {
		var transcript = server.transcript(chatId);
		return transcript.isEmpty() ? 0 : transcript.get(transcript.size() - 1).messageId();
	}

	private static TreeSet<String> pageKeys() {
		var bundle = new Properties();
		try (var in = new ClassPathResource("messages/messages.properties").getInputStream()) {
			bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		var keys = new TreeSet<String>();
		bundle.stringPropertyNames().stream().filter(k -> k.startsWith("sandbox.page.")).forEach(keys::add);
		return keys;
	}
}
