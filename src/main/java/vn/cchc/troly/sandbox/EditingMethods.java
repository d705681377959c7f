package vn.cchc.troly.sandbox;

import java.util.Map;
import java.util.function.Function;

/** editMessageText and editMessageReplyMarkup: the bot changes a message it posted. */
final class EditingMethods implements BotApiMethods {

	private final TelegramState state;
	private final TelegramJson shapes;

	EditingMethods(TelegramState state, TelegramJson shapes) {
		this.state = state;
		this.shapes = shapes;
	}

	@Override
	public Map<String, Function<ApiRequest, Answer>> byName() {
		return Map.of("editmessagetext", request -> edit(request, true), "editmessagereplymarkup",
				request -> edit(request, false));
	}

	private Answer edit(ApiRequest request, boolean text) {
		var markup = request.json("reply_markup");
		MessageRules.checkMarkup(markup);
		String newText = null;
		if (text) {
			newText = request.param("text");
			MessageRules.checkNotEmpty(newText);
			MessageRules.checkText(newText, request.param("parse_mode"), MessageRules.TEXT_LIMIT, "MESSAGE_TOO_LONG");
		}
		var chatId = request.chatId();
		if (chatId == null || request.param("message_id") == null) {
			throw new BadRequest("message to edit not found");
		}
		var edited = state.edit(chatId, Integer.parseInt(request.param("message_id")), newText, markup);
		var now = state.nowSeconds();
		return Answer.ok(shapes.botMessage(edited, state.chat(chatId), now).put("edit_date", now));
	}
}
