package vn.cchc.troly.chat.oversight;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.Conversation;
import vn.cchc.troly.chat.internal.ConversationStep;
import vn.cchc.troly.chat.internal.Conversations;
import vn.cchc.troly.people.UnitId;
import vn.cchc.troly.people.UnitScope;
import vn.cchc.troly.people.Units;
import vn.cchc.troly.progress.ExplanationOutcome;
import vn.cchc.troly.progress.Explanations;

/**
 * The leader's note typed after "❓ Yêu cầu giải trình": the request goes with it. The province's
 * conversation names the unit too ({@link ExplanationRequestButton#unitNote}), and the request is made there.
 */
@Component
class ExplanationNoteStep implements ConversationStep {

	private final Explanations explanations;
	private final ExplanationTexts texts;
	private final Conversations conversations;
	private final Units units;
	private final UnitScope scope;

	ExplanationNoteStep(Explanations explanations, ExplanationTexts texts, Conversations conversations, Units units,
			UnitScope scope) {
		this.units = units;
		this.scope = scope;
		this.explanations = explanations;
		this.texts = texts;
		this.conversations = conversations;
	}

	@Override
	public String topic() {
		return ExplanationRequestButton.NOTE_TOPIC;
	}

	@Override
	public boolean servesProvince() {
		return true;
	}

	@Override
	public Reply handle(ChatRequest request, Conversation conversation) {
		var data = conversation.data();
		var unit = data.startsWith("u") && data.indexOf(':') > 1
				? units.byId(new UnitId(Long.parseLong(data.substring(1, data.indexOf(':'))))).orElse(null)
				: null;
		var code = unit == null ? data : data.substring(data.indexOf(':') + 1);
		if (request.text() == null || request.text().isBlank()) {
			return Reply.text("chat.explain.noteTextOnly", code);
		}
		if (unit != null) {
			var outcome = scope.within(unit.unitId(), () -> explanations.ask(request.official(), code, request.text()));
			endUnlessTooLong(request, outcome);
			return texts.asked(outcome, unit.name());
		}
		var outcome = explanations.ask(request.official(), code, request.text());
		endUnlessTooLong(request, outcome);
		return texts.asked(outcome);
	}

	private void endUnlessTooLong(ChatRequest request, ExplanationOutcome outcome) {
		if (!(outcome instanceof ExplanationOutcome.Refused refused
				&& refused.reason() == ExplanationOutcome.Reason.TOO_LONG)) {
			// Kept asking only for a note that is too long, so the leader can shorten it.
			conversations.end(request);
		}
	}
}
