package vn.cchc.troly.sandbox;

import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.node.ObjectNode;

/**
 * What people do in their Telegram app, as updates the bot will receive: write, send a photo or a
 * file, press a button, edit a message, open a chat, add the bot to a group, post in a channel.
 * Each action returns the {@link SentUpdate} the server queued for the bot.
 * <pre>
 * var sent = telegram.users().sends(an, "/viec");
 * telegram.users().presses(an, message, "pick:2.2");
 * telegram.users().sendsDocument(an, new UploadedFile("qd-123.pdf", bytes), "2.2 QĐ 123");
 * </pre>
 */
public final class SimulatedUsers {

	private static final int[] PHOTO_SIZES = { 90, 320, 1280 };

	private final TelegramState state;
	private final TelegramJson shapes;
	private final AtomicInteger fileCounter = new AtomicInteger();
	private final AtomicInteger callbackCounter = new AtomicInteger();

	SimulatedUsers(TelegramState state, TelegramJson shapes) {
		this.state = state;
		this.shapes = shapes;
	}

	/** The user writes to the bot in their private chat. */
	public SentUpdate sends(ChatUser user, String text) {
		return message(privateChat(user), user, text, null);
	}

	/** The user writes in a group the bot is a member of. */
	public SentUpdate sendsIn(GroupChat group, ChatUser user, String text) {
		return message(groupChat(group), user, text, null);
	}

	/** The user sends a photo (with an optional caption) in their private chat; its download is made-up bytes. */
	public SentUpdate sendsPhoto(ChatUser user, String caption) {
		return sendsPhoto(user, caption, null);
	}

	/**
	 * The user sends a photo with its bytes (a page's upload, a test's image), in three sizes as
	 * Telegram does; each size can be fetched with getFile and downloaded. Null: a photo without bytes.
	 */
	public SentUpdate sendsPhoto(ChatUser user, String caption, UploadedFile file) {
		var n = fileCounter.incrementAndGet();
		var photo = shapes.array();
		for (var size : PHOTO_SIZES) {
			var kept = keep(new UserFile("photo-" + n + "-" + size, "uphoto-" + n + "-" + size,
					file == null || file.bytes() == null ? size * 100 : file.bytes().length,
					"photos/file_" + n + "_" + size + ".jpg", file));
			photo.addObject().put("file_id", kept.fileId()).put("file_unique_id", kept.fileUniqueId())
				.put("width", size).put("height", size * 3 / 4).put("file_size", kept.size());
		}
		var extra = shapes.object();
		extra.set("photo", photo);
		return message(privateChat(user), user, null, withCaption(extra, caption));
	}

	/** The user sends a file (with an optional caption) in their private chat; its download is made-up bytes. */
	public SentUpdate sendsDocument(ChatUser user, String fileName, String caption) {
		return sendsDocument(user, new UploadedFile(fileName, null), caption);
	}

	/** The user sends a file with its bytes (a page's upload, a test's file), which getFile and download serve. */
	public SentUpdate sendsDocument(ChatUser user, UploadedFile file, String caption) {
		return document(user, file, file.bytes() == null ? null : (long) file.bytes().length, caption);
	}

	/**
	 * The user sends a file of the given size without its bytes, to try sizes Telegram treats apart:
	 * over 20 MB, getFile refuses it with "Bad Request: file is too big".
	 */
	public SentUpdate sendsDocumentOfSize(ChatUser user, String fileName, long size, String caption) {
		return document(user, new UploadedFile(fileName, null), size, caption);
	}

	/**
	 * The user sends something the bot does not read, in their private chat: a "sticker", "voice",
	 * "video_note", "location" or "contact", with an optional caption (Telegram allows one on voice
	 * messages; the bot must cope with one anywhere).
	 */
	public SentUpdate sendsOther(ChatUser user, String kind, String caption) {
		var n = fileCounter.incrementAndGet();
		var extra = shapes.object();
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
		return message(privateChat(user), user, null, withCaption(extra, caption));
	}

	/** The user edits a message they sent earlier: Telegram sends an edited_message update. */
	public SentUpdate edits(ChatUser user, SentUpdate earlier, String newText) {
		var original = state.update(earlier.updateId());
		if (original == null || !original.has("message")) {
			throw new IllegalArgumentException("update " + earlier.updateId() + " is not a message");
		}
		var message = (ObjectNode) original.get("message");
		message.put("text", newText).put("edit_date", state.nowSeconds());
		message.remove("entities");
		TelegramJson.addCommandEntity(message, newText);
		var update = shapes.object();
		update.set("edited_message", message);
		return state.queueAbout(earlier.chatId(), update);
	}

	/** The user presses an inline button under a bot message. */
	public SentUpdate presses(ChatUser user, BotMessage botMessage, String callbackData) {
		var callback = shapes.object();
		callback.put("id", String.valueOf(callbackCounter.incrementAndGet() * 1000003L));
		callback.set("from", shapes.user(user));
		callback.set("message", shapes.botMessage(botMessage, state.chat(botMessage.chatId()), state.nowSeconds()));
		callback.put("chat_instance", String.valueOf(botMessage.chatId() * 31));
		callback.put("data", callbackData);
		var update = shapes.object();
		update.set("callback_query", callback);
		return state.queueAbout(botMessage.chatId(), update);
	}

	/** The user's private chat becomes known, as when they once pressed Start, so the bot may write first. */
	public void opensChat(ChatUser user) {
		privateChat(user);
	}

	/** The bot is added to the group, so it may post there first. */
	public void addBotTo(GroupChat group) {
		groupChat(group);
	}

	/**
	 * A post in a channel the bot administers: a channel_post update, with no "from" (channel posts
	 * are signed by the channel itself, in "sender_chat").
	 */
	public SentUpdate postsInChannel(long channelId, String title, String text) {
		var chat = state.knownChat(channelId, () -> shapes.channel(channelId, title));
		var fields = shapes.object();
		fields.set("sender_chat", chat);
		fields.set("chat", chat);
		fields.put("text", text);
		TelegramJson.addCommandEntity(fields, text);
		return state.queueMessage("channel_post", channelId, fields);
	}

	/** A document of the size, or when null of a made-up size. */
	private SentUpdate document(ChatUser user, UploadedFile file, Long declaredSize, String caption) {
		var n = fileCounter.incrementAndGet();
		var size = declaredSize == null ? 1000 + n : declaredSize;
		var extension = file.fileName().contains(".") ? file.fileName().substring(file.fileName().lastIndexOf('.')) : "";
		var kept = keep(new UserFile("document-" + n, "udocument-" + n, size, "documents/file_" + n + extension, file));
		var extra = shapes.object();
		extra.putObject("document").put("file_id", kept.fileId()).put("file_unique_id", kept.fileUniqueId())
			.put("file_name", file.fileName()).put("mime_type", TelegramJson.mimeType(file.fileName()))
			.put("file_size", size);
		return message(privateChat(user), user, null, withCaption(extra, caption));
	}

	private UserFile keep(UserFile file) {
		state.keepFile(file);
		return file;
	}

	private SentUpdate message(ObjectNode chat, ChatUser user, String text, ObjectNode extra) {
		var fields = shapes.object();
		fields.set("from", shapes.user(user));
		fields.set("chat", chat);
		if (text != null) {
			fields.put("text", text);
			TelegramJson.addCommandEntity(fields, text);
		}
		if (extra != null) {
			fields.setAll(extra);
		}
		return state.queueMessage("message", chat.get("id").asLong(), fields);
	}

	private static ObjectNode withCaption(ObjectNode extra, String caption) {
		if (caption != null) {
			extra.put("caption", caption);
		}
		return extra;
	}

	private ObjectNode privateChat(ChatUser user) {
		return state.knownChat(user.id(), () -> shapes.privateChat(user));
	}

	private ObjectNode groupChat(GroupChat group) {
		return state.knownChat(group.id(), () -> shapes.groupChat(group));
	}
}
