package vn.cchc.troly.sandbox;

import java.util.Map;
import java.util.function.Function;

/**
 * getFile: where to download a photo or document a user sent ({@code file_path}, served by
 * {@link BotApiHttp} at {@code /file/bot<token>/<file_path>}). Telegram refuses files over 20 MB.
 */
final class FileMethods implements BotApiMethods {

	private final TelegramState state;
	private final TelegramJson shapes;

	FileMethods(TelegramState state, TelegramJson shapes) {
		this.state = state;
		this.shapes = shapes;
	}

	@Override
	public Map<String, Function<ApiRequest, Answer>> byName() {
		return Map.of("getfile", this::getFile);
	}

	private Answer getFile(ApiRequest request) {
		var fileId = request.param("file_id");
		var file = fileId == null ? null : state.file(fileId);
		if (file == null) {
			throw new BadRequest("invalid file_id");
		}
		if (file.tooBigToDownload()) {
			throw new BadRequest("file is too big");
		}
		return Answer.ok(shapes.object().put("file_id", file.fileId()).put("file_unique_id", file.fileUniqueId())
			.put("file_size", file.size()).put("file_path", file.path()));
	}
}
