package vn.cchc.troly.chat.reporting;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Button;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Phrase;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.Conversations;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.people.Official;
import vn.cchc.troly.plan.PlanItem;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.plan.TargetKind;
import vn.cchc.troly.progress.MyItem;
import vn.cchc.troly.progress.ProgressManagement;
import vn.cchc.troly.progress.Standing;

/**
 * The steps between picking an item and typing its value: the item buttons ("which item?"), and the
 * question that starts the pending step ("type the figure for 2.2, for example 97,5").
 */
@Component
class ReportPrompts {

	static final String FIGURE_TOPIC = "report.figure";
	static final String NOTE_TOPIC = "report.note";
	static final String DONE_TOPIC = "report.done";
	static final String EVIDENCE_TOPIC = "report.evidence";
	/** How long the bot waits for the value after the question. */
	static final Duration WAIT = Duration.ofMinutes(30);

	private final Conversations conversations;
	private final ProgressManagement progress;
	private final PlanItems planItems;
	private final ItemTexts items;
	private final ReportTexts texts;

	ReportPrompts(Conversations conversations, ProgressManagement progress, PlanItems planItems, ItemTexts items,
			ReportTexts texts) {
		this.conversations = conversations;
		this.progress = progress;
		this.planItems = planItems;
		this.items = items;
		this.texts = texts;
	}

	/** An item button was pressed ("rep:2.2" from a list of items): ask for its value. */
	Reply pressed(ChatRequest request, String code, boolean noteWanted) {
		if (!request.isPrivate()) {
			return Reply.alert("chat.report.privateOnly");
		}
		var item = planItems.byCode(code);
		if (item.isEmpty()) {
			return Reply.alert("progress.refused.UNKNOWN_ITEM", code);
		}
		// The code comes from the client: a forged button for someone else's item starts nothing.
		var standing = progress.standing(request.official(), code);
		if (!standing.reports()) {
			return Reply.alert(standing == Standing.LEADER ? "progress.refused.LEADER_OVERSEES"
					: "progress.refused.NOT_ALLOWED", code);
		}
		return ask(request, item.get(), noteWanted);
	}

	/** Asks for the figure of a measured item, or for a note on a qualitative one or when a note is wanted. */
	Reply ask(ChatRequest request, PlanItem item, boolean noteWanted) {
		return ask(request, item, noteWanted, false);
	}

	/**
	 * As {@link #ask(ChatRequest, PlanItem, boolean)}; {@code orNote}: the official typed only the
	 * item's code, so the question says a note is welcome too (the figure step offers other text as one).
	 */
	Reply ask(ChatRequest request, PlanItem item, boolean noteWanted, boolean orNote) {
		var kind = item.target().kind();
		if (noteWanted || kind == TargetKind.QUALITATIVE) {
			conversations.start(request, NOTE_TOPIC, item.code(), WAIT);
			return Reply.text(kind == TargetKind.QUALITATIVE ? "chat.note.askQualitative" : "chat.note.ask", item.code(),
					items.shortTitle(item));
		}
		conversations.start(request, FIGURE_TOPIC, item.code(), WAIT);
		// A coordinating official's figure waits for the lead: they are told before they type it.
		var proposal = progress.standing(request.official(), item.code()) == Standing.SUPPORT
				? Offers.after(List.of(Phrase.of("chat.offer.proposal"))) : Offers.after(List.of());
		return Reply.text(orNote ? "chat.figure.askOrNote" : "chat.figure.ask", item.code(), items.shortTitle(item),
				items.target(item.target(), request.locale()), texts.figureExample(item), proposal);
	}

	/**
	 * The official's items (leads first) as buttons with callback data prefix + code, under the
	 * prompt; null when they have none that fit.
	 */
	Reply pick(Official official, String promptKey, String prefix, Predicate<MyItem> fits) {
		var rows = progress.myItems(official).stream().filter(fits)
			.map(my -> Button.row(Button.of("chat.report.button.item", prefix + my.item().code(), my.item().code(),
					ItemTexts.shorten(my.item().title(), 40))))
			.toList();
		return rows.isEmpty() ? null : Reply.text(promptKey).withButtons(List.copyOf(rows));
	}
}
