package vn.cchc.troly.chat.reporting;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.people.Official;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.plan.TargetKind;
import vn.cchc.troly.progress.EvidenceOutcome;
import vn.cchc.troly.progress.EvidenceRequest;
import vn.cchc.troly.progress.FigureOutcome;
import vn.cchc.troly.progress.FigureRequest;
import vn.cchc.troly.progress.NoteOutcome;
import vn.cchc.troly.progress.NoteRequest;
import vn.cchc.troly.progress.ProgressManagement;
import vn.cchc.troly.progress.Refused;

/**
 * Hands a figure, note or piece of evidence from the chat to the progress module and turns the
 * outcome into the reply. The transport's update id goes along as the report's source.
 */
@Component
public class Reporter {

	private final PlanItems planItems;
	private final ProgressManagement progress;
	private final ReportTexts texts;

	Reporter(PlanItems planItems, ProgressManagement progress, ReportTexts texts) {
		this.planItems = planItems;
		this.progress = progress;
		this.texts = texts;
	}

	/** The reply, and whether anything was stored. */
	public record Reported(Reply reply, boolean stored) {
	}

	/**
	 * Records "97,5", "49/50", "12 #namtruoc" for the item. {@code inStep}: the user typed it when
	 * asked, so a refusal invites them to type it again.
	 */
	public Reported figure(ChatRequest request, Official official, String code, String typed, boolean inStep) {
		var figure = ReportInput.figure(typed);
		var outcome = progress.recordFigure(new FigureRequest(official, code, figure.text(), figure.lastYear(),
				source(request)));
		if (outcome instanceof FigureOutcome.Recorded recorded) {
			return new Reported(texts.figureRecorded(recorded, request.locale()), true);
		}
		return refused((Refused) outcome, code, request, inStep);
	}

	/** Records a note; "#xong" at its end marks a qualitative item done. */
	Reported note(ChatRequest request, Official official, String code, String typed, boolean inStep) {
		var note = ReportInput.note(typed);
		return note(request, official, code, note.text(), note.done(), inStep);
	}

	Reported note(ChatRequest request, Official official, String code, String text, boolean done, boolean inStep) {
		// Only a qualitative item is judged by a note saying the work is done.
		var markDone = done && planItems.byCode(code).map(i -> i.target().kind() == TargetKind.QUALITATIVE).orElse(false);
		var outcome = progress.recordNote(new NoteRequest(official, code, text, markDone, source(request)));
		if (outcome instanceof NoteOutcome.Recorded recorded) {
			return new Reported(texts.noteRecorded(recorded, request.locale()), true);
		}
		return refused((Refused) outcome, code, request, inStep);
	}

	/** Stores the file as evidence of the item. */
	Reported evidence(ChatRequest request, Official official, String code, EvidenceFile file) {
		var outcome = progress.recordEvidence(new EvidenceRequest(official, code, file.fileId(),
				file.fileUniqueId(), file.fileName(), file.mimeType(), file.kind(), file.caption()));
		if (outcome instanceof EvidenceOutcome.Recorded recorded) {
			return new Reported(texts.evidenceRecorded(recorded), true);
		}
		return refused((Refused) outcome, code, request, false);
	}

	private Reported refused(Refused refused, String code, ChatRequest request, boolean inStep) {
		return new Reported(texts.refused(refused, code, planItems.byCode(code).orElse(null), inStep),
				false);
	}

	private static String source(ChatRequest request) {
		return String.valueOf(request.updateId());
	}
}
