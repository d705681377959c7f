package vn.cchc.troly.progress;

import java.time.Instant;

/** A piece of evidence as the export lists it: which item, what file, who sent it, when. */
public record EvidenceLogEntry(long id, String itemCode, EvidenceKind kind, String fileName, String caption,
		Instant receivedAt, String officialName) {
}
