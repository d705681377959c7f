package vn.cchc.troly.chat.oversight;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Access;
import vn.cchc.troly.chat.Button;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.CallbackHandler;
import vn.cchc.troly.chat.internal.Conversations;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.progress.Explanations;
import vn.cchc.troly.progress.ItemSituation;
import vn.cchc.troly.progress.ItemStatus.Status;

/**
 * A leader's "❓ Yêu cầu giải trình": {@code explain:ask:<mã>} (under /tinhhinh &lt;mã&gt;) asks for a
 * note to go with the request, which {@link ExplanationNoteStep} takes, or {@code explain:send:<mã>}
 * sends it without one; {@code explain:pick} (under the summary) offers the items not met or overdue.
 */
@Component
class ExplanationRequestButton implements CallbackHandler {

	static final String PREFIX = "explain:";
	static final String ASK = PREFIX + "ask:";
	static final String SEND = PREFIX + "send:";
	static final String PICK = PREFIX + "pick";
	static final String NOTE_TOPIC = "explain-note";
	static final Duration WAIT = Duration.ofMinutes(30);
	private static final int OFFERED = 10;

	private final Explanations explanations;
	private final ExplanationTexts texts;
	private final Conversations conversations;
	private final PlanItems planItems;
	private final ItemSituation situations;

	ExplanationRequestButton(Explanations explanations, ExplanationTexts texts, Conversations conversations,
			PlanItems planItems, ItemSituation situations) {
		this.explanations = explanations;
		this.texts = texts;
		this.conversations = conversations;
		this.planItems = planItems;
		this.situations = situations;
	}

	@Override
	public String prefix() {
		return PREFIX;
	}

	@Override
	public Access access() {
		return Access.LEADER_OR_COORDINATOR;
	}

	@Override
	public Reply handle(ChatRequest request) {
		var data = request.callbackData();
		if (data.startsWith(ASK)) {
			var code = data.substring(ASK.length());
			var item = planItems.byCode(code).orElse(null);
			if (item == null) {
				return Reply.alert("chat.explain.refused.UNKNOWN_ITEM");
			}
			if (!request.isPrivate()) {
				return Reply.text("chat.explain.inGroup", code);
			}
			conversations.start(request, NOTE_TOPIC, code, WAIT);
			return Reply.text("chat.explain.notePrompt", code, ExplanationTexts.title(item.title()))
				.withButtons(List.of(Button.row(Button.of("chat.explain.button.withoutNote", SEND + code))));
		}
		if (data.startsWith(SEND)) {
			conversations.end(request);
			return texts.asked(explanations.ask(request.official(), data.substring(SEND.length()), null));
		}
		if (data.equals(PICK)) {
			return pick();
		}
		return Reply.alert("chat.explain.refused.UNKNOWN_ITEM");
	}

	/** The items a leader would ask about: not met, or overdue, in plan order. */
	private Reply pick() {
		var buttons = new ArrayList<List<Button>>();
		situations.situations().stream()
			.filter(s -> s.status().status() == Status.NOT_MET || s.status().overdue())
			.limit(OFFERED)
			.forEach(s -> buttons.add(Button.row(Button.of("chat.explain.button.item", ASK + s.item().code(),
					s.item().code(), ExplanationTexts.title(s.item().title())))));
		if (buttons.isEmpty()) {
			return Reply.text("chat.explain.pick.none");
		}
		return Reply.text("chat.explain.pick").withButtons(buttons);
	}
}
