package vn.cchc.troly.chat.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Attachments;
import vn.cchc.troly.chat.Button;
import vn.cchc.troly.chat.Lines;
import vn.cchc.troly.chat.Phrase;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.progress.DocumentFacts;
import vn.cchc.troly.progress.EvidenceOutcome;
import vn.cchc.troly.progress.FigureFormat;

/**
 * What the bot says about evidence: kept (with what is known of the document, or a button to
 * describe it), kept before, too large, to be fetched again; and a document's description on one
 * line ("số 123/QĐ-UBND · ngày 12/03/2025 · UBND xã · trang 2").
 */
@Component
class EvidenceTexts {

	private final ItemTexts items;

	EvidenceTexts(ItemTexts items) {
		this.items = items;
	}

	Reply recorded(EvidenceOutcome.Recorded recorded, DocumentFacts facts) {
		var item = recorded.item();
		if (facts.empty()) {
			return Reply.text("chat.evidence.recorded", item.code(), items.shortTitle(item), recorded.evidenceId(),
					Lines.of(List.of("", Phrase.of("chat.evidence.describeOffer", recorded.evidenceId()))))
				.withButtons(List.of(Button.row(Button.of("chat.evidence.describeButton",
						DescribeButton.PREFIX + recorded.evidenceId()))));
		}
		return Reply.text("chat.evidence.recorded", item.code(), items.shortTitle(item), recorded.evidenceId(),
				Lines.of(List.of("", Phrase.of("chat.evidence.described", facts(facts)),
						Phrase.of("chat.evidence.fixHint", recorded.evidenceId()))));
	}

	Reply alreadyKept(EvidenceOutcome.AlreadyKept already) {
		return Reply.text("chat.evidence.alreadyKept", already.item().code(), items.date(items.day(already.receivedAt())),
				already.sentBy(), already.evidenceId());
	}

	Reply willRetry(EvidenceOutcome.Recorded recorded) {
		return Reply.text("chat.evidence.willRetry", recorded.item().code(), items.shortTitle(recorded.item()),
				recorded.evidenceId());
	}

	Reply tooLarge(Attachments.TooLarge tooLarge, Locale locale) {
		var limit = megabytes(tooLarge.limit(), locale);
		return tooLarge.size() > 0 ? Reply.text("chat.evidence.tooLarge", megabytes(tooLarge.size(), locale), limit)
				: Reply.text("chat.evidence.tooLargeUnknown", limit);
	}

	/** "số 123/QĐ-UBND · ngày 12/03/2025 · UBND xã · trang 2", only what is known. */
	Lines facts(DocumentFacts facts) {
		var pieces = new ArrayList<Object>();
		if (facts.documentNumber() != null) {
			pieces.add(Phrase.of("chat.evidence.facts.number", facts.documentNumber()));
		}
		if (facts.documentDate() != null) {
			pieces.add(Phrase.of("chat.evidence.facts.date", items.date(facts.documentDate())));
		}
		if (facts.issuer() != null) {
			pieces.add(Phrase.of("chat.evidence.facts.issuer", facts.issuer()));
		}
		if (facts.page() != null) {
			pieces.add(Phrase.of("chat.evidence.facts.page", facts.page()));
		}
		return new Lines(pieces, " · ");
	}

	/** The file's name, or "📷 ảnh" for a photo, which has none. */
	Object name(String fileName) {
		return fileName == null ? Phrase.of("chat.evidence.photo") : fileName;
	}

	/** "20,5 MB": one decimal, written the reader's way. */
	private static String megabytes(long bytes, Locale locale) {
		var mb = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024), 1, RoundingMode.HALF_UP);
		return FigureFormat.number(mb, locale) + " MB";
	}
}
