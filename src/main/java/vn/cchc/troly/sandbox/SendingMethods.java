package vn.cchc.troly.sandbox;

import java.util.Map;
import java.util.function.Function;

/** sendMessage, sendPhoto, sendDocument and sendChatAction: the bot posts in a chat Telegram knows. */
final class SendingMethods implements BotApiMethods {

	/** Telegram takes files up to 50 MB from bots. */
	static final long UPLOAD_LIMIT = 50L * 1024 * 1024;

	private final TelegramState state;
	private final TelegramJson shapes;
	private volatile long uploadLimit = UPLOAD_LIMIT;

	SendingMethods(TelegramState state, TelegramJson shapes) {
		this.state = state;
		this.shapes = shapes;
	}

	@Override
	public Map<String, Function<ApiRequest, Answer>> byName() {
		return Map.of("sendmessage", this::sendMessage, "sendphoto", request -> sendFile(request, "photo"),
				"senddocument", request -> sendFile(request, "document"), "sendchataction", request -> Answer.ok(true));
	}

	/** Refuses uploads larger than this from now on, as Telegram refuses those over 50 MB. */
	void limitUploads(long bytes) {
		this.uploadLimit = bytes;
	}

	private Answer sendMessage(ApiRequest request) {
		var text = request.param("text");
		MessageRules.checkNotEmpty(text);
		MessageRules.checkText(text, request.param("parse_mode"), MessageRules.TEXT_LIMIT, "message is too long");
		return post(request, "text", text, null);
	}

	/** A photo or document: uploaded as a multipart part named in the field ("attach://name"), or by file_id. */
	private Answer sendFile(ApiRequest request, String field) {
		var reference = request.param(field);
		if (reference == null) {
			throw new BadRequest("there is no " + field + " in the request");
		}
		UploadedFile file;
		if (reference.startsWith("attach://")) {
			file = request.files().get(reference.substring("attach://".length()));
			if (file == null) {
				throw new BadRequest("wrong file identifier/HTTP URL specified");
			}
			if (file.bytes().length > uploadLimit) {
				return Answer.error(413, "Request Entity Too Large");
			}
		}
		else {
			file = new UploadedFile(reference, new byte[0]);
		}
		var caption = request.param("caption");
		if (caption != null) {
			MessageRules.checkText(caption, request.param("parse_mode"), MessageRules.CAPTION_LIMIT,
					"message caption is too long");
		}
		return post(request, field, caption, file);
	}

	private Answer post(ApiRequest request, String kind, String text, UploadedFile file) {
		var markup = request.json("reply_markup");
		MessageRules.checkMarkup(markup);
		var chatId = request.chatId();
		if (chatId == null) {
			throw new BadRequest("chat not found");
		}
		var message = state.post(chatId, kind, text, request.param("parse_mode"), markup, file);
		return Answer.ok(shapes.botMessage(message, state.chat(chatId), state.nowSeconds()));
	}
}
