package vn.cchc.troly.progress;

import java.time.LocalDate;

/**
 * What the assessment asks of a piece of evidence, as far as it is known: the document's number and
 * symbol ("123/QĐ-UBND"), its date, its issuer ("UBND xã") and the page or section that proves the
 * item ("trang 2", "mục II"). Read from a caption or a correction by {@link DocumentFactsParser}.
 */
public record DocumentFacts(String documentNumber, LocalDate documentDate, String issuer, String page) {

	public static final DocumentFacts NONE = new DocumentFacts(null, null, null, null);

	/** Whether nothing at all is known. */
	public boolean empty() {
		return documentNumber == null && documentDate == null && issuer == null && page == null;
	}

	/** These facts, each unknown one taken from {@code earlier}: a correction that names only the page keeps the rest. */
	public DocumentFacts over(DocumentFacts earlier) {
		return new DocumentFacts(documentNumber != null ? documentNumber : earlier.documentNumber(),
				documentDate != null ? documentDate : earlier.documentDate(), issuer != null ? issuer : earlier.issuer(),
				page != null ? page : earlier.page());
	}
}
