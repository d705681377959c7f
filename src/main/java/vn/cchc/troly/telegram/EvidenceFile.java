package vn.cchc.troly.telegram;

import tools.jackson.databind.json.JsonMapper;
import vn.cchc.troly.progress.EvidenceKind;

/**
 * A photo or file waiting for the official to say which item it is evidence of, kept in the
 * pending conversation as JSON until they pick one.
 */
record EvidenceFile(EvidenceKind kind, String fileId, String fileUniqueId, String fileName, String mimeType,
		String caption) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static EvidenceFile of(ChatRequest.Attachment attachment) {
		var kind = attachment.kind() == ChatRequest.Attachment.Kind.PHOTO ? EvidenceKind.PHOTO : EvidenceKind.DOCUMENT;
		return new EvidenceFile(kind, attachment.fileId(), attachment.fileUniqueId(), attachment.fileName(),
				attachment.mimeType(), attachment.caption());
	}

	String toJson() {
		return JSON.writeValueAsString(this);
	}

	static EvidenceFile fromJson(String json) {
		return JSON.readValue(json, EvidenceFile.class);
	}
}
