package vn.cchc.troly.sandbox;

import java.util.Map;
import java.util.function.Function;

/**
 * A family of Bot API methods the simulated server answers, by their names in lower case (the
 * client sends "sendmessage"); {@link BotApiHttp} finds a request's method among all families.
 * A method throws {@link BadRequest} for what Telegram refuses with 400.
 */
interface BotApiMethods {

	Map<String, Function<ApiRequest, Answer>> byName();
}
