package vn.cchc.troly.telegram.outbound;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.cchc.troly.chat.Button;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Language;
import vn.cchc.troly.chat.Reply;

/**
 * A {@link Reply} as the Bot API calls that show it, in the reply's language: texts in Telegram
 * HTML split on line boundaries under Telegram's 4,096 characters, captions too long for a file
 * (1,024) moved to a text after it, buttons turned into an inline keyboard, edits and answers for
 * the message whose button was pressed; and a message sent again after an uncertain attempt
 * marked as such. The {@link OutboxStore} stores the result.
 */
@Component
class TelegramReplies {

	static final int CAPTION_LIMIT = 1024;

	private final ReplyRenderer renderer;
	private final ObjectMapper json = new ObjectMapper();

	TelegramReplies(ReplyRenderer renderer) {
		this.renderer = renderer;
	}

	/** The reply to a request: a button press is always answered, first; edits replace the pressed message. */
	List<OutgoingMessage> reply(ChatRequest request, Reply reply, Locale locale) {
		var rows = new ArrayList<OutgoingMessage>();
		var chatId = request.chatId().value();
		if (request.callbackQueryId() != null && reply.parts().stream().noneMatch(Reply.Answer.class::isInstance)) {
			rows.add(answer(chatId, request.callbackQueryId(), new Reply.Answer(null, List.of(), false), locale));
		}
		for (var part : reply.parts()) {
			if (part instanceof Reply.Answer answer) {
				rows.add(answer(chatId, request.callbackQueryId(), answer, locale));
			}
			else if (part instanceof Reply.Edit edit) {
				rows.addAll(edit(chatId, request.messageId(), edit, locale));
			}
			else {
				rows.addAll(message(chatId, part, locale));
			}
		}
		return rows;
	}

	/** Texts, photos and documents to a chat (edits and answers need a button press). */
	List<OutgoingMessage> messages(long chatId, Reply reply, Locale locale) {
		var rows = new ArrayList<OutgoingMessage>();
		reply.parts().forEach(part -> rows.addAll(message(chatId, part, locale)));
		return rows;
	}

	private List<OutgoingMessage> message(long chatId, Reply.Part part, Locale locale) {
		if (part instanceof Reply.Text text) {
			return texts(chatId, renderer.html(text.key(), text.args(), locale), keyboard(text.buttons(), locale));
		}
		if (part instanceof Reply.Photo photo) {
			return file(chatId, OutgoingMessage.PHOTO, photo.bytes(), photo.fileName(),
					caption(photo.captionKey(), photo.args(), locale));
		}
		if (part instanceof Reply.Document document) {
			return file(chatId, OutgoingMessage.DOCUMENT, document.bytes(), document.fileName(),
					caption(document.captionKey(), document.args(), locale));
		}
		if (part instanceof Reply.FileOnDisk file) {
			var caption = caption(file.captionKey(), file.args(), locale);
			var fits = caption == null || caption.length() <= CAPTION_LIMIT;
			var rows = new ArrayList<OutgoingMessage>();
			rows.add(OutgoingMessage.fileOnDisk(chatId, OutgoingMessage.DOCUMENT, fits ? caption : null, file.fileName(),
					file.file().toAbsolutePath().toString()));
			if (!fits) {
				rows.addAll(texts(chatId, caption, null));
			}
			return rows;
		}
		throw new IllegalArgumentException("edits and answers need a button press: " + part);
	}

	private static List<OutgoingMessage> texts(long chatId, String html, String keyboard) {
		var pieces = MessageSplitter.split(html);
		var rows = new ArrayList<OutgoingMessage>();
		for (var i = 0; i < pieces.size(); i++) {
			var last = i == pieces.size() - 1;
			rows.add(OutgoingMessage.text(chatId, pieces.get(i), last ? keyboard : null));
		}
		return rows;
	}

	private static List<OutgoingMessage> file(long chatId, String method, byte[] bytes, String fileName, String caption) {
		// A caption longer than Telegram allows goes as a text message after the file.
		var fits = caption == null || caption.length() <= CAPTION_LIMIT;
		var rows = new ArrayList<OutgoingMessage>();
		rows.add(OutgoingMessage.file(chatId, method, fits ? caption : null, fileName, bytes));
		if (!fits) {
			rows.addAll(texts(chatId, caption, null));
		}
		return rows;
	}

	private List<OutgoingMessage> edit(long chatId, Integer messageId, Reply.Edit edit, Locale locale) {
		var pieces = MessageSplitter.split(renderer.html(edit.key(), edit.args(), locale));
		var keyboard = keyboard(edit.buttons(), locale);
		var rows = new ArrayList<OutgoingMessage>();
		rows.add(OutgoingMessage.edit(chatId, messageId, pieces.get(0), pieces.size() == 1 ? keyboard : null));
		for (var i = 1; i < pieces.size(); i++) {
			rows.add(OutgoingMessage.text(chatId, pieces.get(i), i == pieces.size() - 1 ? keyboard : null));
		}
		return rows;
	}

	private OutgoingMessage answer(long chatId, String callbackQueryId, Reply.Answer answer, Locale locale) {
		var text = answer.key() == null ? null : renderer.plain(answer.key(), answer.args(), locale);
		return OutgoingMessage.answer(chatId, callbackQueryId, text, answer.alert());
	}

	/**
	 * The message as it goes out. When an earlier attempt may have reached Telegram (a crash or a
	 * lost answer), a text or caption starts with a line saying it is sent again: Telegram offers
	 * no way to ask whether it posted the first, so the user may see it twice, and then knows the
	 * second is the same message, not a second report.
	 */
	OutboxMessage asSent(OutboxMessage message) {
		if (message.uncertainAttempts() == 0) {
			return message;
		}
		var limit = switch (message.method()) {
			case OutgoingMessage.TEXT -> MessageSplitter.TELEGRAM_LIMIT;
			case OutgoingMessage.PHOTO, OutgoingMessage.DOCUMENT -> CAPTION_LIMIT;
			// An edit or a button answer does the same thing twice: nothing to tell.
			default -> 0;
		};
		if (limit == 0) {
			return message;
		}
		var locale = message.locale() == null ? Language.VI.locale() : message.locale();
		var note = renderer.html("telegram.outbox.resent", List.of(), locale);
		var body = message.body();
		var marked = body == null || body.isEmpty() ? note : note + "\n" + body;
		// Too long with the note: the message as it was, rather than one Telegram refuses.
		return marked.length() <= limit ? message.withBody(marked) : message;
	}

	private String caption(String key, List<Object> args, Locale locale) {
		return key == null ? null : renderer.html(key, args, locale);
	}

	private String keyboard(List<List<Button>> rows, Locale locale) {
		if (rows == null || rows.isEmpty()) {
			return null;
		}
		var markup = new InlineKeyboardMarkup(rows.stream()
			.map(row -> new InlineKeyboardRow(row.stream()
				.map(button -> InlineKeyboardButton.builder()
					.text(renderer.plain(button.labelKey(), button.labelArgs(), locale))
					.callbackData(button.callbackData()).build())
				.toList()))
			.toList());
		try {
			return json.writeValueAsString(markup);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("keyboard cannot be written as JSON", e);
		}
	}
}
