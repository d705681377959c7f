package vn.cchc.troly.sandbox;

import java.net.URLConnection;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON shapes of the simulated Telegram: users, the bot, chats and the bot's messages, as the
 * Bot API writes them (the client parses them with its own classes, so field names must match).
 */
final class TelegramJson {

	private final JsonMapper json = JsonMapper.builder().build();
	private final long botId;
	private final String botUsername;

	TelegramJson(String token, String botUsername) {
		this.botId = botId(token);
		this.botUsername = botUsername;
	}

	JsonMapper mapper() {
		return json;
	}

	ObjectNode object() {
		return json.createObjectNode();
	}

	ArrayNode array() {
		return json.createArrayNode();
	}

	ObjectNode user(ChatUser user) {
		var node = object().put("id", user.id()).put("is_bot", false).put("first_name", user.firstName());
		if (user.username() != null) {
			node.put("username", user.username());
		}
		if (user.languageCode() != null) {
			node.put("language_code", user.languageCode());
		}
		return node;
	}

	ObjectNode botUser() {
		return object().put("id", botId).put("is_bot", true).put("first_name", botUsername).put("username", botUsername);
	}

	/** A user's private chat with the bot: its id is the user's, as on Telegram. */
	ObjectNode privateChat(ChatUser user) {
		var chat = object().put("id", user.id()).put("type", "private").put("first_name", user.firstName());
		if (user.username() != null) {
			chat.put("username", user.username());
		}
		return chat;
	}

	ObjectNode groupChat(GroupChat group) {
		return object().put("id", group.id()).put("type", "group").put("title", group.title());
	}

	ObjectNode channel(long channelId, String title) {
		return object().put("id", channelId).put("type", "channel").put("title", title);
	}

	/** A message the bot posted, as Telegram returns it from send and edit methods and in callback queries. */
	ObjectNode botMessage(BotMessage message, JsonNode chat, long dateSeconds) {
		var node = object().put("message_id", message.messageId());
		node.set("from", botUser());
		node.set("chat", chat);
		node.put("date", dateSeconds);
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
				node.putObject("document").put("file_id", id).put("file_unique_id", "u" + id).put("file_name", name)
					.put("mime_type", mimeType(name)).put("file_size", size);
			}
		}
		if (message.replyMarkup() != null) {
			node.set("reply_markup", message.replyMarkup());
		}
		return node;
	}

	/** Marks a leading "/command" as Telegram does, so the client sees a bot_command entity. */
	static void addCommandEntity(ObjectNode message, String text) {
		if (text.startsWith("/")) {
			var end = text.indexOf(' ');
			var length = end < 0 ? text.length() : end;
			message.putArray("entities").addObject().put("type", "bot_command").put("offset", 0).put("length", length);
		}
	}

	static String mimeType(String fileName) {
		var mime = URLConnection.guessContentTypeFromName(fileName);
		return mime == null ? "application/octet-stream" : mime;
	}

	/** The token's digits before ':' are the bot's id, as on Telegram. */
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
