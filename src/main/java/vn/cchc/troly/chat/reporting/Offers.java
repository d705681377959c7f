package vn.cchc.troly.chat.reporting;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Button;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Lines;
import vn.cchc.troly.chat.Phrase;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.Conversations;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.plan.PlanItem;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.plan.TargetKind;
import vn.cchc.troly.progress.EvidenceKeeping;
import vn.cchc.troly.progress.FigureParser;
import vn.cchc.troly.progress.ProgressManagement;
import vn.cchc.troly.progress.Standing;
import vn.cchc.troly.report.ShortText;

/**
 * What the bot offers back when a message is not a report it can take as it stands: a figure found
 * in a sentence ("Ghi số liệu 97,5% cho mục 2.2?"), a note, a text too long for one note (notes in
 * parts, or evidence as a .txt), a number or a long text without an item (which item?). The typed
 * text waits in the pending conversation (stored, so a restart keeps it) until a button is pressed
 * ({@link OfferButton}); meanwhile other messages are read as usual.
 */
@Component
class Offers {

	/** The topic of a pending offer; no step takes the next message, so nothing typed is held up by it. */
	static final String TOPIC = "report.offer";
	/** How long an offer waits for its button: the rest of a working day and the next. */
	static final Duration WAIT = Duration.ofDays(2);
	/** How much of the typed text the offer shows back. */
	private static final int SHOWN = 200;
	/** The longest text kept waiting (the conversation's column holds 100,000 characters). */
	static final int KEPT_LIMIT = EvidenceKeeping.TEXT_LIMIT;

	/**
	 * Telegram delivers a text over 4,096 characters as several messages, sent the same moment: a text
	 * without a code this soon after a long text's offer is its continuation.
	 */
	static final Duration SPLIT_GAP = Duration.ofSeconds(10);

	private final Conversations conversations;
	private final ProgressManagement progress;
	private final PlanItems planItems;
	private final ItemTexts items;
	private final Clock clock;

	Offers(Conversations conversations, ProgressManagement progress, PlanItems planItems, ItemTexts items, Clock clock) {
		this.conversations = conversations;
		this.progress = progress;
		this.planItems = planItems;
		this.items = items;
		this.clock = clock;
	}

	/** Over the note limit: a note cannot hold it. */
	static boolean tooLongForANote(String text) {
		return text != null && text.strip().codePointCount(0, text.strip().length()) > ProgressManagement.NOTE_LIMIT;
	}

	/** "Ghi số liệu 97,5% cho mục 2.2?" [Ghi số liệu] [Ghi thành ghi chú] [Huỷ]. */
	Reply figure(ChatRequest request, PlanItem item, String figure, String sentence) {
		var pending = start(request, PendingText.Offer.FIGURE, item.code(), figure, sentence);
		var shown = FigureParser.parse(figure, item);
		var extra = new ArrayList<Phrase>();
		if (progress.standing(request.official(), item.code()) == Standing.SUPPORT) {
			extra.add(Phrase.of("chat.offer.proposal"));
		}
		return Reply.text("chat.offer.figure", items.figure(shown.figure(), request.locale()), item.code(),
				items.shortTitle(item), ShortText.shorten(sentence, SHOWN), after(extra))
			.withButtons(List.of(Button.row(Button.of("chat.offer.button.figure", data(pending, "f")),
					Button.of("chat.offer.button.note", data(pending, "n"))),
					Button.row(Button.of("chat.offer.button.cancel", data(pending, "x")))));
	}

	/**
	 * "Ghi thành ghi chú cho mục 4?" with one button; a text too long for a note is offered in parts or
	 * as evidence instead. {@code why} says why it is not a figure (a qualitative item), or null.
	 */
	Reply note(ChatRequest request, PlanItem item, String text, Phrase why) {
		if (tooLongForANote(text)) {
			return longText(request, item, text);
		}
		var pending = start(request, PendingText.Offer.NOTE, item.code(), null, text);
		var extra = new ArrayList<Phrase>();
		if (why != null) {
			extra.add(why);
		}
		else if (item.target().kind() != TargetKind.QUALITATIVE) {
			extra.add(Phrase.of("chat.offer.note.figureHint",
					Phrase.of("chat.figure.exampleCommand." + item.target().kind().name(), item.code())));
		}
		return Reply.text("chat.offer.note", item.code(), items.shortTitle(item), ShortText.shorten(text.strip(), SHOWN),
				after(extra))
			.withButtons(List.of(Button.row(Button.of("chat.offer.button.note", data(pending, "n")))));
	}

	/** A text over the note limit, for an item: [Ghi thành N ghi chú] [Lưu thành minh chứng (.txt)] [Huỷ]. */
	Reply longText(ChatRequest request, PlanItem item, String text) {
		if (text.length() > KEPT_LIMIT) {
			return Reply.text("chat.offer.tooLong", length(text), KEPT_LIMIT);
		}
		var pending = start(request, PendingText.Offer.LONG, item.code(), null, text);
		return longQuestion(pending, item, text);
	}

	Reply longQuestion(PendingText pending, PlanItem item, String text) {
		var parts = ReportInput.parts(text, ProgressManagement.NOTE_LIMIT).size();
		return Reply.text("chat.offer.long", length(text), ProgressManagement.NOTE_LIMIT, item.code(),
				items.shortTitle(item), ShortText.shorten(text.strip(), SHOWN))
			.withButtons(List.of(Button.row(Button.of("chat.offer.button.parts", data(pending, "p"), parts)),
					Button.row(Button.of("chat.offer.button.evidence", data(pending, "t"))),
					Button.row(Button.of("chat.offer.button.cancel", data(pending, "x")))));
	}

	/** A number without an item: the official's measured items as buttons; empty when they have none. */
	Reply pickForFigure(ChatRequest request, String figure) {
		var mine = progress.myItems(request.official()).stream()
			.filter(my -> my.target().kind() != TargetKind.QUALITATIVE).map(my -> my.item()).toList();
		if (mine.isEmpty()) {
			return Reply.text("chat.offer.pick.noItems", figure);
		}
		var pending = start(request, PendingText.Offer.PICK_FOR_FIGURE, null, figure, figure);
		return Reply.text("chat.offer.pick.figure", figure).withButtons(itemButtons(pending, mine));
	}

	/**
	 * A text of a few sentences without an item's code, such as the second half of a message over
	 * Telegram's 4,096 characters, which arrives on its own: a note for which item? Null when the
	 * official has no items, so the text gets the usual answer.
	 */
	Reply pickForNote(ChatRequest request, String text) {
		var mine = progress.myItems(request.official()).stream().map(my -> my.item()).toList();
		if (mine.isEmpty()) {
			return null;
		}
		var pending = start(request, PendingText.Offer.PICK_FOR_NOTE, null, null, text);
		return Reply.text("chat.offer.pick.note", ShortText.shorten(text.strip(), SHOWN))
			.withButtons(itemButtons(pending, mine));
	}

	/**
	 * The rest of a long text Telegram cut into several messages: joined to the text of the long-text
	 * offer just made, and the question asked again about the whole. The offer keeps its token, so
	 * the buttons of either message act on the whole text. Empty when no such offer is pending.
	 */
	Optional<Reply> continuation(ChatRequest request, String text) {
		var conversation = conversations.current(request).filter(c -> c.topic().equals(TOPIC)).orElse(null);
		if (conversation == null || conversation.expiresAt().minus(WAIT).isBefore(clock.instant().minus(SPLIT_GAP))) {
			return Optional.empty();
		}
		var pending = PendingText.fromJson(conversation.data());
		if (pending.offer() != PendingText.Offer.LONG && pending.offer() != PendingText.Offer.PICK_FOR_LONG) {
			return Optional.empty();
		}
		var joined = pending.text() + " " + text.strip();
		if (joined.length() > KEPT_LIMIT) {
			return Optional.empty();
		}
		var whole = new PendingText(pending.token(), pending.offer(), pending.code(), null, joined);
		conversations.start(request, TOPIC, whole.toJson(), WAIT);
		var item = pending.code() == null ? null : planItems.byCode(pending.code()).orElse(null);
		if (item != null) {
			return Optional.of(longQuestion(whole, item, joined));
		}
		var mine = progress.myItems(request.official()).stream().map(my -> my.item()).toList();
		return Optional.of(Reply.text("chat.offer.pick.long", length(joined), ShortText.shorten(joined, SHOWN))
			.withButtons(itemButtons(whole, mine)));
	}

	/** A long text without an item: the official's items as buttons, then the long-text question. */
	Reply pickForLongText(ChatRequest request, String text) {
		var mine = progress.myItems(request.official()).stream().map(my -> my.item()).toList();
		if (mine.isEmpty() || text.length() > KEPT_LIMIT) {
			return Reply.text("chat.offer.long.noItems", length(text), ProgressManagement.NOTE_LIMIT);
		}
		var pending = start(request, PendingText.Offer.PICK_FOR_LONG, null, null, text);
		return Reply.text("chat.offer.pick.long", length(text), ShortText.shorten(text.strip(), SHOWN))
			.withButtons(itemButtons(pending, mine));
	}

	private List<List<Button>> itemButtons(PendingText pending, List<PlanItem> mine) {
		var rows = new ArrayList<List<Button>>();
		for (var item : mine) {
			rows.add(Button.row(Button.of("chat.report.button.item", data(pending, "i:" + item.code()), item.code(),
					ItemTexts.shorten(item.title(), 40))));
		}
		rows.add(Button.row(Button.of("chat.offer.button.cancel", data(pending, "x"))));
		return rows;
	}

	private PendingText start(ChatRequest request, PendingText.Offer offer, String code, String figure, String text) {
		var pending = new PendingText(request.updateId(), offer, code, figure, text == null ? null : text.strip());
		conversations.start(request, TOPIC, pending.toJson(), WAIT);
		return pending;
	}

	/** "offer:&lt;token&gt;:&lt;action&gt;": what a button under the offer does, tied to this very offer. */
	static String data(PendingText pending, String action) {
		return OfferButton.PREFIX + pending.token() + ":" + action;
	}

	/** In characters as a person counts them; shown with the language's grouping ("5.000"). */
	static int length(String text) {
		return text.strip().codePointCount(0, text.strip().length());
	}

	/** Lines after the template's last line, or nothing. */
	static Lines after(List<Phrase> lines) {
		if (lines.isEmpty()) {
			return Lines.of(List.of());
		}
		var all = new ArrayList<Object>();
		all.add("");
		all.addAll(lines);
		return Lines.of(all);
	}
}
