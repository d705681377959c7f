package vn.cchc.troly.sandbox;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/**
 * getUpdates, real long polling (a newer call ends an older pending one with 409, as on Telegram),
 * and deleteWebhook, which the long-polling client calls at start and needs to answer true.
 */
final class UpdateMethods implements BotApiMethods {

	private final TelegramState state;
	private final TelegramJson shapes;

	UpdateMethods(TelegramState state, TelegramJson shapes) {
		this.state = state;
		this.shapes = shapes;
	}

	@Override
	public Map<String, Function<ApiRequest, Answer>> byName() {
		return Map.of("getupdates", this::getUpdates, "deletewebhook", request -> Answer.ok(true));
	}

	private Answer getUpdates(ApiRequest request) {
		var offset = request.param("offset") == null ? 0 : Long.parseLong(request.param("offset"));
		var limit = request.param("limit") == null ? 100 : Integer.parseInt(request.param("limit"));
		var timeout = request.param("timeout") == null ? 0 : Long.parseLong(request.param("timeout"));
		var updates = state.poll(offset, limit, Duration.ofSeconds(timeout));
		if (updates.isEmpty()) {
			return Answer.error(409,
					"Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
		}
		var result = shapes.array();
		updates.get().forEach(result::add);
		return Answer.ok(result);
	}
}
