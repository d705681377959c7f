package vn.cchc.troly.telegram.inbound;

import java.util.Comparator;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;

import vn.cchc.troly.chat.Assistant;
import vn.cchc.troly.chat.ChatId;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.ChatRequest.Attachment;
import vn.cchc.troly.chat.ChatRequest.ChatKind;
import vn.cchc.troly.chat.UserId;
import vn.cchc.troly.telegram.TelegramSettings;

/**
 * Reads a Telegram {@link Update} into a {@link ChatRequest}; the chat layer never sees Telegram
 * types. A command addressed to a bot ("/trogiup@name") is for this bot only when the name is its
 * own: the name is taken off and the request marked as addressed; a command for another bot is
 * not a request at all.
 */
@Component
class ChatRequests {

	private final Assistant assistant;
	private final String botUsername;

	ChatRequests(Assistant assistant, TelegramSettings settings) {
		this.assistant = assistant;
		this.botUsername = settings.botUsername();
	}

	/** The request, or null for updates the bot does not answer (channel posts, member changes …). */
	ChatRequest from(Update update) {
		if (update.hasMessage()) {
			return fromMessage(update.getUpdateId(), update.getMessage(), false);
		}
		if (update.hasEditedMessage()) {
			return fromMessage(update.getUpdateId(), update.getEditedMessage(), true);
		}
		if (update.hasCallbackQuery()) {
			return fromCallback(update.getUpdateId(), update.getCallbackQuery());
		}
		return null;
	}

	/** The chat an update belongs to, for the record of received updates; null when there is none. */
	static Long chatIdOf(Update update) {
		if (update.hasMessage()) {
			return update.getMessage().getChatId();
		}
		if (update.hasEditedMessage()) {
			return update.getEditedMessage().getChatId();
		}
		if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null) {
			return update.getCallbackQuery().getMessage().getChatId();
		}
		return null;
	}

	static Long userIdOf(Update update) {
		if (update.hasMessage() && update.getMessage().getFrom() != null) {
			return update.getMessage().getFrom().getId();
		}
		if (update.hasEditedMessage() && update.getEditedMessage().getFrom() != null) {
			return update.getEditedMessage().getFrom().getId();
		}
		if (update.hasCallbackQuery()) {
			return update.getCallbackQuery().getFrom().getId();
		}
		return null;
	}

	private ChatRequest fromMessage(int updateId, Message message, boolean edited) {
		var from = message.getFrom();
		if (from == null || Boolean.TRUE.equals(from.getIsBot())) {
			return null;
		}
		var attachment = attachment(message);
		var text = attachment == null ? message.getText() : null;
		var addressed = false;
		if (!edited && text != null && text.startsWith("/")) {
			var command = addressedCommand(text);
			if (command == null) {
				return null;
			}
			addressed = !command.equals(text);
			text = command;
		}
		var chat = message.getChat();
		return ChatRequest.message(updateId, new UserId(from.getId()), from.getFirstName(), from.getUserName(),
				from.getLanguageCode(), new ChatId(chat.getId()), kind(chat), chat.getTitle(), message.getMessageId(),
				edited, addressed, text, attachment, unreadable(message), locale(from));
	}

	/**
	 * The command with "@name" taken off its first word when the name is this bot's (any case); the
	 * text as it is when it names no bot; null when it names another bot.
	 */
	private String addressedCommand(String text) {
		var end = 1;
		while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
			end++;
		}
		var at = text.substring(0, end).indexOf('@');
		if (at < 0) {
			return text;
		}
		if (botUsername == null || !text.substring(at + 1, end).equalsIgnoreCase(botUsername)) {
			return null;
		}
		return text.substring(0, at) + text.substring(end);
	}

	private ChatRequest fromCallback(int updateId, CallbackQuery callback) {
		var message = callback.getMessage();
		if (message == null) {
			return null;
		}
		var from = callback.getFrom();
		var chat = message.getChat();
		return ChatRequest.press(updateId, new UserId(from.getId()), from.getFirstName(), from.getUserName(),
				from.getLanguageCode(), new ChatId(chat.getId()), kind(chat), chat.getTitle(), message.getMessageId(),
				callback.getData(), callback.getId(), locale(from));
	}

	private Locale locale(User from) {
		return assistant.languageOf(new UserId(from.getId()), from.getLanguageCode());
	}

	/** Something a person sent that the bot cannot read: a voice note, a sticker, a place, a contact… */
	private static boolean unreadable(Message message) {
		return message.hasSticker() || message.hasVoice() || message.hasVideoNote() || message.hasLocation()
				|| message.hasContact() || message.hasAudio() || message.hasVideo() || message.hasAnimation()
				|| message.hasPoll() || message.hasDice();
	}

	private static ChatKind kind(Chat chat) {
		return switch (chat.getType()) {
			case "private" -> ChatKind.PRIVATE;
			case "channel" -> ChatKind.CHANNEL;
			default -> ChatKind.GROUP;
		};
	}

	private static Attachment attachment(Message message) {
		if (message.hasPhoto()) {
			var largest = message.getPhoto().stream()
				.max(Comparator.comparing(PhotoSize::getWidth, Comparator.nullsFirst(Comparator.naturalOrder())))
				.orElseThrow();
			return new Attachment(Attachment.Kind.PHOTO, largest.getFileId(), largest.getFileUniqueId(), null,
					"image/jpeg", message.getCaption());
		}
		if (message.hasDocument()) {
			var document = message.getDocument();
			return new Attachment(Attachment.Kind.DOCUMENT, document.getFileId(), document.getFileUniqueId(),
					document.getFileName(), document.getMimeType(), message.getCaption());
		}
		return null;
	}
}
