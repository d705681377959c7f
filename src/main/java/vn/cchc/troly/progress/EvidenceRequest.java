package vn.cchc.troly.progress;

/** A photo or document an official sent as evidence for an item, as Telegram describes it. */
public record EvidenceRequest(long officialId, String itemCode, String telegramFileId, String fileUniqueId,
		String fileName, String mimeType, EvidenceKind kind, String caption) {
}
