package vn.cchc.troly.sandbox;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A Bot API answer: {@code {"ok":true,"result":…}}, or {@code {"ok":false,"error_code":…,
 * "description":…}} with the same HTTP status, as Telegram answers.
 */
record Answer(int status, JsonNode body) {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	static Answer ok(JsonNode result) {
		var body = NODES.objectNode().put("ok", true);
		body.set("result", result);
		return new Answer(200, body);
	}

	static Answer ok(boolean result) {
		return ok(NODES.booleanNode(result));
	}

	static Answer error(int code, String description) {
		return error(new FaultInjector.ApiError(code, description, null));
	}

	static Answer badRequest(String description) {
		return error(400, "Bad Request: " + description);
	}

	static Answer error(FaultInjector.ApiError error) {
		var body = NODES.objectNode().put("ok", false).put("error_code", error.errorCode())
			.put("description", error.description());
		if (error.retryAfter() != null) {
			body.putObject("parameters").put("retry_after", error.retryAfter());
		}
		return new Answer(error.errorCode(), body);
	}

	String description() {
		return body.path("description").asString();
	}
}
