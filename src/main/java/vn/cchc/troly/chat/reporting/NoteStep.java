package vn.cchc.troly.chat.reporting;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Button;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.Conversation;
import vn.cchc.troly.chat.internal.ConversationStep;
import vn.cchc.troly.chat.internal.Conversations;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.plan.TargetKind;
import vn.cchc.troly.progress.ProgressManagement;
import vn.cchc.troly.progress.RefusalReason;
import vn.cchc.troly.progress.Refused;

/**
 * The note typed after an item was picked. For a qualitative item without "#xong" the bot then asks
 * whether the work is done (buttons), keeping the note until the answer; otherwise it is recorded.
 * A text over the note limit is offered in parts or as evidence.
 */
@Component
class NoteStep implements ConversationStep {

	private final Conversations conversations;
	private final Reporter reporter;
	private final PlanItems planItems;
	private final ItemTexts items;
	private final ReportTexts texts;
	private final Offers offers;

	NoteStep(Conversations conversations, Reporter reporter, PlanItems planItems, ItemTexts items, ReportTexts texts,
			Offers offers) {
		this.conversations = conversations;
		this.reporter = reporter;
		this.planItems = planItems;
		this.items = items;
		this.texts = texts;
		this.offers = offers;
	}

	@Override
	public String topic() {
		return ReportPrompts.NOTE_TOPIC;
	}

	@Override
	public Reply handle(ChatRequest request, Conversation conversation) {
		var official = request.official();
		var code = conversation.data();
		if (request.attachment() != null) {
			return reporter.evidence(request, official, code, EvidenceFile.of(request.attachment())).reply();
		}
		var item = planItems.byCode(code);
		var note = ReportInput.note(request.text());
		if (item.isPresent() && Offers.tooLongForANote(note.text())) {
			// Too long for one note: in parts or as evidence, nothing lost.
			return offers.longText(request, item.get(), request.text());
		}
		if (item.isPresent() && item.get().target().kind() == TargetKind.QUALITATIVE && !note.done()) {
			var problem = problem(note.text());
			if (problem != null) {
				return texts.refused(new Refused(problem, null), code, item.get(), true);
			}
			conversations.start(request, ReportPrompts.DONE_TOPIC, new PendingNote(code, note.text()).data(),
					ReportPrompts.WAIT);
			return Reply.text("chat.note.doneQuestion", code, items.shortTitle(item.get()), note.text())
				.withButtons(List.of(Button.row(Button.of("chat.note.button.done", DoneButton.DONE),
						Button.of("chat.note.button.inProgress", DoneButton.IN_PROGRESS))));
		}
		var reported = reporter.note(request, official, code, note.text(), note.done(), true);
		if (reported.stored()) {
			conversations.end(request);
		}
		return reported.reply();
	}

	/** What the progress module would refuse the note for, checked before asking the question. */
	private static RefusalReason problem(String note) {
		if (note.isBlank()) {
			return RefusalReason.EMPTY_NOTE;
		}
		return note.codePointCount(0, note.length()) > ProgressManagement.NOTE_LIMIT ? RefusalReason.NOTE_TOO_LONG : null;
	}
}
