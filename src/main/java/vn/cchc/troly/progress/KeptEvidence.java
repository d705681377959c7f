package vn.cchc.troly.progress;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A piece of evidence as the dossier needs it: its item, where its bytes are (the evidence folder
 * by {@code sha256}, or the words of a TEXT in {@code content}), who sent it and when, and its latest
 * description (all null when it was never described).
 */
public record KeptEvidence(long id, long planItemId, String itemCode, EvidenceKind kind, String fileName,
		String mimeType, String sha256, Long sizeBytes, String content, Instant receivedAt, String senderName,
		String documentNumber, LocalDate documentDate, String issuer, String page) {

	/** Whether the bytes are with us: a TEXT always is (its words are in the row), a file once downloaded. */
	public boolean available() {
		return kind == EvidenceKind.TEXT ? content != null : sha256 != null;
	}

	/**
	 * Whether the assessment can name it: a number or a date in its latest description. A TEXT is a
	 * message, not a document, so it needs none.
	 */
	public boolean described() {
		return kind == EvidenceKind.TEXT || documentNumber != null || documentDate != null;
	}
}
