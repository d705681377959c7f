package vn.cchc.troly.chat.reporting;

import java.util.ArrayList;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.CallbackHandler;
import vn.cchc.troly.chat.internal.Conversations;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.progress.EvidenceKeeping;
import vn.cchc.troly.progress.EvidenceOutcome;
import vn.cchc.troly.progress.NoteOutcome;
import vn.cchc.troly.progress.ProgressManagement;
import vn.cchc.troly.progress.Refused;

/**
 * The buttons under an offer ({@link Offers}), data {@code offer:<token>:<action>}: "f" records the
 * figure, "n" the note, "p" the long text as notes in parts, "t" the long text as evidence (.txt),
 * "i:2.2" names the item a number or a long text is for, "x" drops it. The token must be the
 * pending offer's, so an older offer's buttons never act on a newer text; whatever the press does,
 * the offer's message is edited to say it.
 */
@Component
class OfferButton implements CallbackHandler {

	static final String PREFIX = "offer:";

	private final Conversations conversations;
	private final Offers offers;
	private final Reporter reporter;
	private final EvidenceKeeping keeping;
	private final PlanItems planItems;
	private final ReportTexts texts;
	private final ItemTexts items;

	OfferButton(Conversations conversations, Offers offers, Reporter reporter, EvidenceKeeping keeping,
			PlanItems planItems, ReportTexts texts, ItemTexts items) {
		this.conversations = conversations;
		this.offers = offers;
		this.reporter = reporter;
		this.keeping = keeping;
		this.planItems = planItems;
		this.texts = texts;
		this.items = items;
	}

	@Override
	public String prefix() {
		return PREFIX;
	}

	@Override
	public Reply handle(ChatRequest request) {
		var data = request.callbackData().substring(PREFIX.length());
		var colon = data.indexOf(':');
		var pending = colon < 0 ? Optional.<PendingText>empty() : pending(request, data.substring(0, colon));
		if (pending.isEmpty()) {
			return Reply.alert("chat.offer.expired");
		}
		var offer = pending.get();
		var action = data.substring(colon + 1);
		if (action.equals("x")) {
			conversations.end(request);
			return Reply.edit("chat.report.cancelled");
		}
		if (action.startsWith("i:")) {
			return picked(request, offer, action.substring(2));
		}
		if (offer.code() == null) {
			return Reply.alert("chat.offer.expired");
		}
		var official = request.official();
		var reply = switch (action) {
			case "f" -> offer.figure() == null ? null : reporter.figure(request, official, offer.code(), offer.figure(), false).reply();
			case "n" -> Offers.tooLongForANote(offer.text()) ? null
					: reporter.note(request, official, offer.code(), offer.text(), false).reply();
			case "p" -> parts(request, offer);
			case "t" -> evidence(request, offer);
			default -> null;
		};
		if (reply == null) {
			return Reply.alert("chat.offer.expired");
		}
		conversations.end(request);
		return ReportTexts.asEdit(reply);
	}

	/** The offer waiting in this chat, if the press belongs to it. */
	private Optional<PendingText> pending(ChatRequest request, String token) {
		return conversations.current(request).filter(c -> c.topic().equals(Offers.TOPIC)).map(c -> PendingText.fromJson(c.data()))
			.filter(p -> String.valueOf(p.token()).equals(token));
	}

	/** The item a number or a long text is for: the figure is recorded, the long text asked about. */
	private Reply picked(ChatRequest request, PendingText offer, String code) {
		var item = planItems.byCode(code);
		if (item.isEmpty()) {
			return Reply.alert("progress.refused.UNKNOWN_ITEM", code);
		}
		if (offer.offer() == PendingText.Offer.PICK_FOR_LONG) {
			var next = offer.withCode(code, PendingText.Offer.LONG);
			conversations.start(request, Offers.TOPIC, next.toJson(), Offers.WAIT);
			return ReportTexts.asEdit(offers.longQuestion(next, item.get(), next.text()));
		}
		if (offer.offer() == PendingText.Offer.PICK_FOR_NOTE) {
			conversations.end(request);
			return ReportTexts.asEdit(reporter.note(request, request.official(), code, offer.text(), false).reply());
		}
		if (offer.offer() != PendingText.Offer.PICK_FOR_FIGURE || offer.figure() == null) {
			return Reply.alert("chat.offer.expired");
		}
		conversations.end(request);
		return ReportTexts.asEdit(reporter.figure(request, request.official(), code, offer.figure(), false).reply());
	}

	/** The long text as notes of at most the note limit each, in order, cut at sentence ends. */
	private Reply parts(ChatRequest request, PendingText offer) {
		var parts = ReportInput.parts(offer.text(), ProgressManagement.NOTE_LIMIT);
		var recorded = new ArrayList<NoteOutcome.Recorded>();
		for (var part : parts) {
			var outcome = reporter.noteOutcome(request, request.official(), offer.code(), part);
			if (outcome instanceof Refused refused) {
				return texts.refused(refused, offer.code(), planItems.byCode(offer.code()).orElse(null), false);
			}
			recorded.add((NoteOutcome.Recorded) outcome);
		}
		var last = recorded.get(recorded.size() - 1);
		return Reply.text("chat.offer.parts.recorded", recorded.size(), last.item().code(), items.shortTitle(last.item()),
				Offers.length(offer.text()), texts.status(last.status(), last.item().target(), request.locale()));
	}

	/** The long text kept whole as evidence: a .txt of the item. */
	private Reply evidence(ChatRequest request, PendingText offer) {
		var outcome = keeping.keepText(request.official(), offer.code(), offer.text());
		if (outcome instanceof EvidenceOutcome.Recorded recorded) {
			return Reply.text("chat.offer.evidence.recorded", Offers.length(offer.text()), recorded.item().code(),
					items.shortTitle(recorded.item()), recorded.fileName());
		}
		return texts.refused((Refused) outcome, offer.code(), planItems.byCode(offer.code()).orElse(null), false);
	}
}
