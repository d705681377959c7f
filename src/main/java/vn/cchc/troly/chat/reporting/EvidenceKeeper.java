package vn.cchc.troly.chat.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Attachments;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.Captions;
import vn.cchc.troly.people.Official;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.progress.DocumentFactsParser;
import vn.cchc.troly.progress.EvidenceKeeping;
import vn.cchc.troly.progress.EvidenceOutcome;
import vn.cchc.troly.progress.EvidenceRequest;
import vn.cchc.troly.progress.EvidenceSettings;
import vn.cchc.troly.progress.EvidenceTypes;
import vn.cchc.troly.progress.Refused;

/**
 * A photo or file for an item, kept at once: who may send it is checked first, then its type, then
 * it is downloaded to a temporary file (streamed, within {@code troly.evidence.max-file-size}) and
 * handed to the evidence folder with what its caption says of the document. Too large or of a type
 * that cannot be evidence: refused with a clear answer, nothing kept. A download that failed: the
 * file is recorded and fetched again later ({@link EvidenceRetry}), and the official is told so.
 */
@Component
class EvidenceKeeper {

	private static final Logger log = LoggerFactory.getLogger(EvidenceKeeper.class);

	private final EvidenceKeeping keeping;
	private final Attachments attachments;
	private final EvidenceSettings settings;
	private final EvidenceTexts texts;
	private final ReportTexts reportTexts;
	private final PlanItems planItems;

	EvidenceKeeper(EvidenceKeeping keeping, Attachments attachments, EvidenceSettings settings, EvidenceTexts texts,
			ReportTexts reportTexts, PlanItems planItems) {
		this.keeping = keeping;
		this.reportTexts = reportTexts;
		this.planItems = planItems;
		this.attachments = attachments;
		this.settings = settings;
		this.texts = texts;
	}

	/**
	 * Keeps the file as evidence of the item, or says why not. The reply, and whether the file is dealt
	 * with (kept, kept before, to be fetched again, or refused for its size or type), so a flow waiting
	 * for its item ends; false only when the item was wrong and another may be picked.
	 */
	Reporter.Reported keep(ChatRequest request, Official official, String code, EvidenceFile file) {
		var refused = keeping.refusal(official, code);
		if (refused.isPresent()) {
			return refused(refused.get(), code);
		}
		if (!EvidenceTypes.accepts(file.kind(), file.fileName(), file.mimeType())) {
			return new Reporter.Reported(Reply.text("chat.evidence.typeRefused", file.fileName() == null ? "" : file.fileName()),
					true);
		}
		var evidence = new EvidenceRequest(official, code, file.fileId(), file.fileUniqueId(), file.fileName(),
				file.mimeType(), file.kind(), file.caption());
		var facts = DocumentFactsParser.parse(Captions.afterItemCode(file.caption()));
		var temporary = temporaryFile();
		try {
			var download = attachments.fetchTo(file.fileId(), settings.maxFileSize().toBytes(), temporary);
			if (download instanceof Attachments.TooLarge tooLarge) {
				return new Reporter.Reported(texts.tooLarge(tooLarge, request.locale()), true);
			}
			EvidenceOutcome outcome;
			String notKept;
			if (download instanceof Attachments.Saved saved) {
				try {
					outcome = keeping.keep(evidence, saved.path(), facts);
					notKept = null;
				}
				catch (UncheckedIOException e) {
					// The folder could not take it (disk full): recorded, and kept when the job fetches it again.
					log.error("Evidence for item {} could not be stored in the evidence folder", code, e);
					outcome = null;
					notKept = "could not store: " + e.getCause();
				}
			}
			else {
				outcome = null;
				notKept = ((Attachments.Failed) download).detail();
			}
			if (notKept != null) {
				log.info("Evidence for item {} not kept yet, to try again: {}", code, notKept);
				outcome = keeping.keepLater(evidence, notKept, facts);
				if (outcome instanceof EvidenceOutcome.Recorded recorded) {
					return new Reporter.Reported(texts.willRetry(recorded), true);
				}
			}
			if (outcome instanceof EvidenceOutcome.Recorded recorded) {
				return new Reporter.Reported(texts.recorded(recorded, facts), true);
			}
			if (outcome instanceof EvidenceOutcome.AlreadyKept already) {
				return new Reporter.Reported(texts.alreadyKept(already), true);
			}
			return refused((Refused) outcome, code);
		}
		finally {
			delete(temporary);
		}
	}

	private Reporter.Reported refused(Refused refused, String code) {
		return new Reporter.Reported(reportTexts.refused(refused, code, planItems.byCode(code).orElse(null), false), false);
	}

	private Path temporaryFile() {
		try {
			return Files.createTempFile("troly-evidence-", ".part");
		}
		catch (IOException e) {
			throw new UncheckedIOException("No temporary file for a download", e);
		}
	}

	static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			log.warn("Could not delete the temporary file {}: {}", file, e.toString());
		}
	}
}
