package vn.cchc.troly.telegram;

import java.util.Comparator;

import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;

import vn.cchc.troly.telegram.ChatRequest.Attachment;
import vn.cchc.troly.telegram.ChatRequest.ChatKind;

/** Reads a Telegram {@link Update} into a {@link ChatRequest}; the rest of the adapter never sees Telegram types. */
@Component
class ChatRequests {

	private final LanguageChoices languages;

	ChatRequests(LanguageChoices languages) {
		this.languages = languages;
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
		return request(updateId, from, message.getChat(), message.getMessageId(), edited,
				attachment == null ? message.getText() : null, null, null, attachment, unreadable(message));
	}

	private ChatRequest fromCallback(int updateId, CallbackQuery callback) {
		var message = callback.getMessage();
		if (message == null) {
			return null;
		}
		return request(updateId, callback.getFrom(), message.getChat(), message.getMessageId(), false, null,
				callback.getData(), callback.getId(), null, false);
	}

	private ChatRequest request(int updateId, User from, Chat chat, Integer messageId, boolean edited, String text,
			String callbackData, String callbackQueryId, Attachment attachment, boolean unreadable) {
		var locale = languages.languageOf(from.getId(), from.getLanguageCode()).locale();
		return new ChatRequest(updateId, from.getId(), from.getFirstName(), from.getUserName(), from.getLanguageCode(),
				chat.getId(), kind(chat), chat.getTitle(), messageId, edited, null, null, text, callbackData, callbackQueryId,
				attachment, unreadable, locale);
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
