package vn.cchc.troly.chat.reporting;

import tools.jackson.databind.json.JsonMapper;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.progress.EvidenceKind;

/**
 * A photo or file waiting for the official to say which item it is evidence of, kept in the
 * pending conversation as JSON until they pick one.
 */
record EvidenceFile(EvidenceKind kind, String fileId, String fileUniqueId, String fileName, String mimeType,
		String caption) {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	/** Telegram's own limits: a caption has at most 1024 characters, a file name 255. */
	static final int CAPTION_LIMIT = 1024;
	static final int FILE_NAME_LIMIT = 255;

	/**
	 * The attachment as evidence, its caption and file name cut to Telegram's limits: they are client
	 * input, and what is longer could not be kept (pending flow, evidence table).
	 */
	static EvidenceFile of(ChatRequest.Attachment attachment) {
		var kind = attachment.kind() == ChatRequest.Attachment.Kind.PHOTO ? EvidenceKind.PHOTO : EvidenceKind.DOCUMENT;
		return new EvidenceFile(kind, attachment.fileId(), attachment.fileUniqueId(),
				clip(attachment.fileName(), FILE_NAME_LIMIT), clip(attachment.mimeType(), 200),
				clip(attachment.caption(), CAPTION_LIMIT));
	}

	private static String clip(String text, int codePoints) {
		if (text == null || text.codePointCount(0, text.length()) <= codePoints) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, codePoints));
	}

	String toJson() {
		return JSON.writeValueAsString(this);
	}

	static EvidenceFile fromJson(String json) {
		return JSON.readValue(json, EvidenceFile.class);
	}
}
