package vn.cchc.troly.chat.reporting;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Lines;
import vn.cchc.troly.chat.Phrase;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.progress.DescribeOutcome;
import vn.cchc.troly.progress.DocumentFacts;
import vn.cchc.troly.progress.EvidenceKeeping;
import vn.cchc.troly.progress.ProgressManagement;
import vn.cchc.troly.progress.Refused;

/** A description of a piece of evidence, from the step after an upload or from /suamc, and its reply. */
@Component
class EvidenceDescribing {

	private final EvidenceKeeping keeping;
	private final EvidenceTexts texts;

	EvidenceDescribing(EvidenceKeeping keeping, EvidenceTexts texts) {
		this.keeping = keeping;
		this.texts = texts;
	}

	Reply describe(ChatRequest request, long evidenceId, DocumentFacts facts) {
		var outcome = keeping.describe(request.official(), evidenceId, facts);
		if (outcome instanceof DescribeOutcome.Described described) {
			return Reply.text(described.correction() ? "chat.evidence.corrected" : "chat.evidence.describedNow",
					described.evidenceId(), described.item().code(),
					texts.name(described.fileName()), texts.facts(described.facts()));
		}
		var refused = (Refused) outcome;
		return Reply.text("chat.report.refused", Lines.of(List.of(
				Phrase.of("progress.refused." + refused.reason().name(), "#" + evidenceId, ProgressManagement.NOTE_LIMIT),
				Phrase.of("chat.evidence.fix.example", evidenceId))));
	}
}
