package vn.cchc.troly.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one parser of request bodies in the sandbox, for the Bot API server and the page alike: a
 * query string and a body (JSON, form or multipart) read into text parameters and files. JSON
 * objects and arrays inside a body stay JSON text ("reply_markup"), as the Bot API takes them.
 */
final class RequestBodies {

	record Parsed(Map<String, String> params, Map<String, UploadedFile> files) {
	}

	private final JsonMapper json;

	RequestBodies(JsonMapper json) {
		this.json = json;
	}

	/** The parameters of a raw (still encoded) query string; none when it is null. */
	Map<String, String> query(String rawQuery) {
		var params = new LinkedHashMap<String, String>();
		if (rawQuery != null) {
			form(rawQuery, params);
		}
		return params;
	}

	Parsed parse(String contentType, String query, byte[] body) {
		var params = new LinkedHashMap<String, String>();
		var files = new LinkedHashMap<String, UploadedFile>();
		if (query != null) {
			form(query, params);
		}
		var type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
		if (body.length > 0) {
			if (type.startsWith("application/json")) {
				json(json.readTree(body), params);
			}
			else if (type.startsWith("multipart/form-data")) {
				multipart(body, boundary(contentType), params, files);
			}
			else {
				form(new String(body, StandardCharsets.UTF_8), params);
			}
		}
		return new Parsed(params, files);
	}

	private static void json(JsonNode node, Map<String, String> params) {
		for (var field : node.properties()) {
			var value = field.getValue();
			if (value.isNull()) {
				continue;
			}
			params.put(field.getKey(), value.isContainer() ? value.toString() : value.asString());
		}
	}

	private static void form(String text, Map<String, String> params) {
		for (var pair : text.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			var eq = pair.indexOf('=');
			var name = eq < 0 ? pair : pair.substring(0, eq);
			var value = eq < 0 ? "" : pair.substring(eq + 1);
			params.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
		}
	}

	private static String boundary(String contentType) {
		for (var piece : contentType.split(";")) {
			var trimmed = piece.strip();
			if (trimmed.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
				return trimmed.substring("boundary=".length()).replace("\"", "");
			}
		}
		throw new IllegalArgumentException("multipart body without a boundary");
	}

	/** RFC 7578 form data: parts separated by --boundary, headers, a blank line, the content. */
	private static void multipart(byte[] body, String boundary, Map<String, String> params,
			Map<String, UploadedFile> files) {
		var delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
		var start = indexOf(body, delimiter, 0);
		while (start >= 0) {
			var partStart = start + delimiter.length;
			if (partStart + 1 < body.length && body[partStart] == '-' && body[partStart + 1] == '-') {
				return;
			}
			partStart += 2; // CRLF after the delimiter
			var next = indexOf(body, delimiter, partStart);
			if (next < 0) {
				return;
			}
			var headerEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), partStart);
			var headers = new String(body, partStart, headerEnd - partStart, StandardCharsets.UTF_8);
			var content = Arrays.copyOfRange(body, headerEnd + 4, next - 2); // CRLF before the delimiter
			var name = attribute(headers, "name");
			var fileName = attribute(headers, "filename");
			if (fileName != null) {
				files.put(name, new UploadedFile(fileName, content));
			}
			else if (name != null) {
				params.put(name, new String(content, StandardCharsets.UTF_8));
			}
			start = next;
		}
	}

	private static String attribute(String headers, String attribute) {
		for (var line : headers.split("\r\n")) {
			if (!line.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
				continue;
			}
			for (var piece : line.split(";")) {
				var trimmed = piece.strip();
				if (trimmed.startsWith(attribute + "=")) {
					return trimmed.substring(attribute.length() + 1).replace("\"", "");
				}
			}
		}
		return null;
	}

	private static int indexOf(byte[] haystack, byte[] needle, int from) {
		outer: for (var i = from; i <= haystack.length - needle.length; i++) {
			for (var j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
