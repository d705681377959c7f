package vn.cchc.troly.sandbox;

import java.util.Map;
import java.util.function.Function;

/**
 * getMe, and setMyCommands / deleteMyCommands: the bot's own profile and its command menus, kept per
 * scope and language (a chat's own menu per chat), as Telegram keeps them.
 */
final class BotMethods implements BotApiMethods {

	private final TelegramState state;
	private final TelegramJson shapes;

	BotMethods(TelegramState state, TelegramJson shapes) {
		this.state = state;
		this.shapes = shapes;
	}

	@Override
	public Map<String, Function<ApiRequest, Answer>> byName() {
		return Map.of("getme", request -> getMe(), "setmycommands", request -> menu(request, true), "deletemycommands",
				request -> menu(request, false));
	}

	private Answer getMe() {
		return Answer.ok(shapes.botUser().put("can_join_groups", true).put("can_read_all_group_messages", false)
			.put("supports_inline_queries", false));
	}

	private Answer menu(ApiRequest request, boolean set) {
		var scope = request.json("scope");
		var scopeType = scope == null ? "default" : scope.get("type").asString();
		if (scope != null && scope.has("chat_id")) {
			scopeType += ":" + scope.get("chat_id").asString();
		}
		state.menu(scopeType, request.param("language_code"), set ? request.json("commands") : null);
		return Answer.ok(true);
	}
}
