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
import vn.cchc.troly.chat.Reply;

/**
 * A {@link Reply} as the Bot API calls that show it, in the reply's language: texts in Telegram
 * HTML split on line boundaries under Telegram's 4,096 characters, captions too long for a file
 * (1,024) moved to a text after it, buttons turned into an inline keyboard, edits and answers for
 * the message whose button was pressed. The {@link Outbox} stores the result.
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
	List<Outbox.Row> reply(ChatRequest request, Reply reply, Locale locale) {
		var rows = new ArrayList<Outbox.Row>();
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
	List<Outbox.Row> messages(long chatId, Reply reply, Locale locale) {
		var rows = new ArrayList<Outbox.Row>();
		reply.parts().forEach(part -> rows.addAll(message(chatId, part, locale)));
		return rows;
	}

	private List<Outbox.Row> message(long chatId, Reply.Part part, Locale locale) {
		if (part instanceof Reply.Text text) {
			return texts(chatId, renderer.html(text.key(), text.args(), locale), keyboard(text.buttons(), locale));
		}
		if (part instanceof Reply.Photo photo) {
			return file(chatId, Outbox.PHOTO, photo.bytes(), photo.fileName(),
					caption(photo.captionKey(), photo.args(), locale));
		}
		if (part instanceof Reply.Document document) {
			return file(chatId, Outbox.DOCUMENT, document.bytes(), document.fileName(),
					caption(document.captionKey(), document.args(), locale));
		}
		throw new IllegalArgumentException("edits and answers need a button press: " + part);
	}

	private static List<Outbox.Row> texts(long chatId, String html, String keyboard) {
		var pieces = MessageSplitter.split(html);
		var rows = new ArrayList<Outbox.Row>();
		for (var i = 0; i < pieces.size(); i++) {
			var last = i == pieces.size() - 1;
			rows.add(Outbox.Row.text(chatId, pieces.get(i), last ? keyboard : null));
		}
		return rows;
	}

	private static List<Outbox.Row> file(long chatId, String method, byte[] bytes, String fileName, String caption) {
		// A caption longer than Telegram allows goes as a text message after the file.
		var fits = caption == null || caption.length() <= CAPTION_LIMIT;
		var rows = new ArrayList<Outbox.Row>();
		rows.add(new Outbox.Row(chatId, method, fits ? caption : null, null, null, null, false, fileName, bytes));
		if (!fits) {
			rows.addAll(texts(chatId, caption, null));
		}
		return rows;
	}

	private List<Outbox.Row> edit(long chatId, Integer messageId, Reply.Edit edit, Locale locale) {
		var pieces = MessageSplitter.split(renderer.html(edit.key(), edit.args(), locale));
		var keyboard = keyboard(edit.buttons(), locale);
		var rows = new ArrayList<Outbox.Row>();
		rows.add(new Outbox.Row(chatId, Outbox.EDIT, pieces.get(0), pieces.size() == 1 ? keyboard : null, messageId, null,
				false, null, null));
		for (var i = 1; i < pieces.size(); i++) {
			rows.add(Outbox.Row.text(chatId, pieces.get(i), i == pieces.size() - 1 ? keyboard : null));
		}
		return rows;
	}

	private Outbox.Row answer(long chatId, String callbackQueryId, Reply.Answer answer, Locale locale) {
		var text = answer.key() == null ? null : renderer.plain(answer.key(), answer.args(), locale);
		return new Outbox.Row(chatId, Outbox.ANSWER, text, null, null, callbackQueryId, answer.alert(), null, null);
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
