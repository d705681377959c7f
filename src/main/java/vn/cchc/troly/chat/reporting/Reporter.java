package vn.cchc.troly.chat.reporting;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Phrase;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.people.Official;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.plan.TargetKind;
import vn.cchc.troly.progress.FigureOutcome;
import vn.cchc.troly.progress.FigureRequest;
import vn.cchc.troly.progress.NoteOutcome;
import vn.cchc.troly.progress.NoteRequest;
import vn.cchc.troly.progress.ProgressManagement;
import vn.cchc.troly.progress.RefusalReason;
import vn.cchc.troly.progress.Refused;

/**
 * Hands a figure, note or piece of evidence from the chat to the progress module and turns the
 * outcome into the reply. The transport's update id goes along as the report's source. What cannot
 * be stored as it is but need not be lost is offered back ({@link Offers}): a figure for a
 * qualitative item as a note, a note over the limit in parts or as evidence.
 */
@Component
public class Reporter {

	private final PlanItems planItems;
	private final ProgressManagement progress;
	private final ReportTexts texts;
	private final Offers offers;
	private final EvidenceKeeper evidence;

	Reporter(PlanItems planItems, ProgressManagement progress, ReportTexts texts, Offers offers,
			EvidenceKeeper evidence) {
		this.evidence = evidence;
		this.planItems = planItems;
		this.progress = progress;
		this.texts = texts;
		this.offers = offers;
	}

	/** The reply, and whether anything was stored. */
	public record Reported(Reply reply, boolean stored) {
	}

	/**
	 * Records "97,5", "49/50", "12 #namtruoc", "15 hộ" for the item; from a coordinating official it
	 * is a proposal the lead is asked to confirm. {@code inStep}: the user typed it when asked, so a
	 * refusal invites them to type it again.
	 */
	public Reported figure(ChatRequest request, Official official, String code, String typed, boolean inStep) {
		var figure = ReportInput.figure(typed);
		var outcome = progress.recordFigure(new FigureRequest(official, code, figure.text(), figure.lastYear(),
				source(request)));
		if (outcome instanceof FigureOutcome.Recorded recorded) {
			return new Reported(texts.figureRecorded(recorded, request.locale()), true);
		}
		if (outcome instanceof FigureOutcome.Proposed proposed) {
			return new Reported(texts.figureProposed(proposed, request.locale()), true);
		}
		var refused = (Refused) outcome;
		var item = planItems.byCode(code);
		if (refused.reason() == RefusalReason.FIGURE_NOT_EXPECTED && item.isPresent()) {
			// A qualitative item takes notes: what was typed is offered as one.
			return new Reported(offers.note(request, item.get(), typed,
					Phrase.of("chat.offer.note.qualitative", code)), false);
		}
		return refused(refused, code, request, inStep);
	}

	/** Records a note; "#xong" at its end marks a qualitative item done. */
	Reported note(ChatRequest request, Official official, String code, String typed, boolean inStep) {
		var note = ReportInput.note(typed);
		return note(request, official, code, note.text(), note.done(), inStep);
	}

	Reported note(ChatRequest request, Official official, String code, String text, boolean done, boolean inStep) {
		var item = planItems.byCode(code);
		if (item.isPresent() && Offers.tooLongForANote(text) && progress.mayReport(official, code)) {
			// Too long for one note: offered in parts or as evidence, not refused.
			return new Reported(offers.longText(request, item.get(), text), false);
		}
		var outcome = noteOutcome(request, official, code, text, done);
		if (outcome instanceof NoteOutcome.Recorded recorded) {
			return new Reported(texts.noteRecorded(recorded, request.locale()), true);
		}
		return refused((Refused) outcome, code, request, inStep);
	}

	/** A note as typed ("#xong" read), recorded as it is: what {@link OfferButton} stores part by part. */
	NoteOutcome noteOutcome(ChatRequest request, Official official, String code, String typed) {
		var note = ReportInput.note(typed);
		return noteOutcome(request, official, code, note.text(), note.done());
	}

	private NoteOutcome noteOutcome(ChatRequest request, Official official, String code, String text, boolean done) {
		// Only a qualitative item is judged by a note saying the work is done.
		var markDone = done && planItems.byCode(code).map(i -> i.target().kind() == TargetKind.QUALITATIVE).orElse(false);
		return progress.recordNote(new NoteRequest(official, code, text, markDone, source(request)));
	}

	/**
	 * Keeps the file as evidence of the item ({@link EvidenceKeeper}): downloaded at once, described
	 * from its caption. {@code stored}: the file is dealt with, also when refused for its size or type.
	 */
	Reported evidence(ChatRequest request, Official official, String code, EvidenceFile file) {
		return evidence.keep(request, official, code, file);
	}

	private Reported refused(Refused refused, String code, ChatRequest request, boolean inStep) {
		return new Reported(texts.refused(refused, code, planItems.byCode(code).orElse(null), inStep),
				false);
	}

	private static String source(ChatRequest request) {
		return String.valueOf(request.updateId());
	}
}
