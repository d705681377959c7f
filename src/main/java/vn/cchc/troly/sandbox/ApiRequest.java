package vn.cchc.troly.sandbox;

import java.time.Instant;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One request the bot made, as the server received it.
 *
 * @param sequence position in the order of all requests, from 1
 * @param method the Bot API method in lower case ("sendmessage"), as the client sends it
 * @param params every parameter in its text form; objects (reply_markup, scope, commands) as JSON
 * @param files uploaded files by their part name
 */
public record ApiRequest(long sequence, String method, Map<String, String> params, Map<String, UploadedFile> files,
		Instant receivedAt) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public boolean is(String methodName) {
		return method.equalsIgnoreCase(methodName);
	}

	public String param(String name) {
		return params.get(name);
	}

	/** A parameter read as JSON: objects as they are, scalars as JSON scalars; null when absent. */
	public JsonNode json(String name) {
		var value = params.get(name);
		if (value == null) {
			return null;
		}
		var trimmed = value.strip();
		if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
			return JSON.readTree(trimmed);
		}
		return JSON.getNodeFactory().stringNode(value);
	}

	/** The chat the request is about, or null. */
	public Long chatId() {
		var value = params.get("chat_id");
		return value == null ? null : Long.valueOf(value);
	}
}
