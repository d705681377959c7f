package vn.cchc.troly.progress;

import vn.cchc.troly.people.Official;

/** A photo or document an official sent as evidence for an item, as Telegram describes it. */
public record EvidenceRequest(Official official, String itemCode, String telegramFileId, String fileUniqueId,
		String fileName, String mimeType, EvidenceKind kind, String caption) {
}
