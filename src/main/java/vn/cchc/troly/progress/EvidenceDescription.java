package vn.cchc.troly.progress;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import vn.cchc.troly.people.Official;

/**
 * How the assessment names a piece of evidence: the document's number and symbol ("123/QĐ-UBND"),
 * its date, its issuer and the page or section that proves the item. Any field may be unknown.
 * Descriptions are only ever added: a correction is a new one, and the latest counts.
 */
@Table("evidence_description")
public record EvidenceDescription(@Id Long id, @Column("evidence_id") AggregateReference<Evidence, Long> evidence,
		String documentNumber, LocalDate documentDate, String issuer, String page,
		@Column("described_by") AggregateReference<Official, Long> describedBy, Instant describedAt) {

	/** Whether nothing at all is known of the document. */
	public boolean empty() {
		return documentNumber == null && documentDate == null && issuer == null && page == null;
	}
}
