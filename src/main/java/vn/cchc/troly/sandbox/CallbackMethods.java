package vn.cchc.troly.sandbox;

import java.util.Map;
import java.util.function.Function;

/**
 * answerCallbackQuery: the bot answers a button press (a toast or an alert in the user's app). The
 * answer is a recorded request; the page and tests read it with {@link BotApiServer#callbackAnswer}.
 */
final class CallbackMethods implements BotApiMethods {

	@Override
	public Map<String, Function<ApiRequest, Answer>> byName() {
		return Map.of("answercallbackquery", CallbackMethods::answer);
	}

	private static Answer answer(ApiRequest request) {
		if (request.param("callback_query_id") == null) {
			throw new BadRequest("query is too old and response timeout expired or query ID is invalid");
		}
		return Answer.ok(true);
	}
}
