package vn.cchc.troly.progress;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import vn.cchc.troly.people.Official;
import vn.cchc.troly.plan.PlanItem;

/**
 * Evidence (tài liệu kiểm chứng) for an item: a photo or document sent in the chat, whose file
 * stays with Telegram (its file id fetches it again); or a long message kept as a text file
 * (kind TEXT, no Telegram file), whose words are kept in {@code content}. A file's bytes are kept by
 * us in the evidence folder under {@code sha256} once downloaded; until then {@code downloadAttempts}
 * and {@code downloadError} say how trying went.
 */
@Table("evidence")
public record Evidence(@Id Long id, @Column("plan_item_id") AggregateReference<PlanItem, Long> item,
		@Column("official_id") AggregateReference<Official, Long> official, String telegramFileId, String fileUniqueId,
		String fileName, String mimeType, EvidenceKind kind, String caption, Instant receivedAt, String content,
		String sha256, Long sizeBytes, Instant storedAt, int downloadAttempts, String downloadError) {

	/** Whether the file's bytes are in the evidence folder ({@link EvidenceStore}); a text's words are in the row. */
	public boolean kept() {
		return sha256 != null;
	}

	/** This evidence with its bytes kept under {@code sha256}: one more attempt, the error cleared. */
	public Evidence keptAs(String sha256, long size, Instant at) {
		return new Evidence(id, item, official, telegramFileId, fileUniqueId, fileName, mimeType, kind, caption,
				receivedAt, content, sha256, size, at, downloadAttempts + 1, null);
	}

	/** This evidence after one more download that failed, saying why. */
	public Evidence downloadFailed(String error) {
		var why = error == null ? null : error.length() <= 500 ? error : error.substring(0, 500);
		return new Evidence(id, item, official, telegramFileId, fileUniqueId, fileName, mimeType, kind, caption,
				receivedAt, content, sha256, sizeBytes, storedAt, downloadAttempts + 1, why);
	}
}
