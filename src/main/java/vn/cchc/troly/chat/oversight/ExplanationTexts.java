package vn.cchc.troly.chat.oversight;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Button;
import vn.cchc.troly.chat.Phrase;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.progress.ExplanationOutcome;
import vn.cchc.troly.progress.ExplanationView;

/** The words of asking for and giving an explanation, shared by its command, buttons and steps. */
@Component
class ExplanationTexts {

	static final int SHOWN = 300;

	private final ItemTexts items;

	ExplanationTexts(ItemTexts items) {
		this.items = items;
	}

	/** What the leader hears after asking. */
	Reply asked(ExplanationOutcome outcome) {
		if (outcome instanceof ExplanationOutcome.Asked asked) {
			return Reply.text("chat.explain.asked", asked.explanation().itemCode(), title(asked.explanation().itemTitle()),
					String.join(", ", asked.askedNames()));
		}
		if (outcome instanceof ExplanationOutcome.AlreadyWaiting waiting) {
			return Reply.text("chat.explain.alreadyWaiting", waiting.explanation().itemCode(),
					items.when(waiting.explanation().askedAt()));
		}
		return refused((ExplanationOutcome.Refused) outcome);
	}

	/** What one of the province's people hears after asking a unit: the same, with the unit's name. */
	Reply asked(ExplanationOutcome outcome, String unitName) {
		if (outcome instanceof ExplanationOutcome.Asked asked) {
			return Reply.text("chat.explain.asked.province", asked.explanation().itemCode(),
					title(asked.explanation().itemTitle()), String.join(", ", asked.askedNames()), unitName);
		}
		return asked(outcome);
	}

	/** What the lead hears after answering. */
	Reply answered(ExplanationOutcome outcome) {
		if (outcome instanceof ExplanationOutcome.Answered answered) {
			return Reply.text("chat.explain.answered", answered.explanation().itemCode(), answered.explanation().askedBy());
		}
		return refused((ExplanationOutcome.Refused) outcome);
	}

	Reply refused(ExplanationOutcome.Refused refused) {
		var explanation = refused.explanation();
		return explanation == null ? Reply.text("chat.explain.refused." + refused.reason().name())
				: Reply.text("chat.explain.refused." + refused.reason().name(), explanation.itemCode(),
						explanation.answeredBy() == null ? "" : explanation.answeredBy());
	}

	/** One request on a line: waiting, or with its answer. */
	Phrase line(ExplanationView x) {
		var note = x.note() == null ? "" : Phrase.of("chat.explain.line.note", ItemTexts.shorten(x.note(), 80));
		return x.answered()
				? Phrase.of("chat.explain.line.answered", x.itemCode(), x.askedBy(), items.when(x.askedAt()), note,
						x.answeredBy(), ItemTexts.shorten(x.answer(), SHOWN), items.when(x.answeredAt()))
				: Phrase.of("chat.explain.line.waiting", x.itemCode(), x.askedBy(), items.when(x.askedAt()), note);
	}

	/** Who asked, as the lead reads it: a name, with "(tỉnh)" when the province asked. */
	static Object asker(ExplanationView x) {
		return x.askedByProvince() ? Phrase.of("chat.explain.asker.province", x.askedBy()) : x.askedBy();
	}

	/** The unit an item is of, by name ("UBND xã Phổ Châu"), or by number before a plan named it. */
	static Object unit(ExplanationView x) {
		return x.unitName() == null ? Phrase.of("chat.explain.unit.unnamed", String.valueOf(x.unitId())) : x.unitName();
	}

	/** An item's title cut to fit a button or a line. */
	static String title(String title) {
		return ItemTexts.shorten(title, 40);
	}

	/** The lead's button under a request: press, then type the answer. */
	static List<Button> replyButton(long explanationId) {
		return Button.row(Button.of("chat.explain.button.reply", ExplanationReplyButton.PREFIX + explanationId));
	}
}
