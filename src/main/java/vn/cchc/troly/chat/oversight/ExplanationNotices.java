package vn.cchc.troly.chat.oversight;

import java.util.List;
import java.util.Locale;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Phrase;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.EventUnits;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.chat.internal.PrivateMessages;
import vn.cchc.troly.progress.ExplanationAnswered;
import vn.cchc.troly.progress.ExplanationReminded;
import vn.cchc.troly.progress.ExplanationRequested;
import vn.cchc.troly.progress.ExplanationView;
import vn.cchc.troly.progress.Explanations;
import vn.cchc.troly.progress.ItemSituation;

/**
 * Private messages of a request for an explanation, each sent once after it is committed: the leads
 * are asked (with the item's status and a button to answer), reminded once if they have not answered,
 * and whoever asked gets the answer (one of the province's people with the unit's name, since they
 * ask many units). A listener runs outside any update, so each notice reads the item in its own unit.
 */
@Component
class ExplanationNotices {

	private final Explanations explanations;
	private final ItemSituation situations;
	private final ItemTexts items;
	private final PrivateMessages messages;
	private final EventUnits units;

	ExplanationNotices(Explanations explanations, ItemSituation situations, ItemTexts items,
			PrivateMessages messages, EventUnits units) {
		this.units = units;
		this.explanations = explanations;
		this.situations = situations;
		this.items = items;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(ExplanationRequested requested) {
		units.forExplanation(requested.explanationId(), () -> explanations.view(requested.explanationId())
			.filter(x -> !x.answered()).ifPresent(x -> {
				for (var id : requested.askOfficialIds()) {
					messages.send("explain:" + x.id() + ":" + id, id, locale -> ask("chat.explain.request", x, locale));
				}
			}));
	}

	@ApplicationModuleListener
	void on(ExplanationReminded reminded) {
		units.forExplanation(reminded.explanationId(), () -> explanations.view(reminded.explanationId())
			.filter(x -> !x.answered()).ifPresent(x -> {
				for (var id : reminded.remindOfficialIds()) {
					messages.send("explain-reminder:" + x.id() + ":" + id, id,
							locale -> ask("chat.explain.reminder", x, locale));
				}
			}));
	}

	@ApplicationModuleListener
	void on(ExplanationAnswered answered) {
		units.forExplanation(answered.explanationId(), () -> explanations.view(answered.explanationId())
			.filter(ExplanationView::answered)
			.ifPresent(x -> messages.send("explain-answer:" + x.id(), answered.askedById(), locale -> answer(x))));
	}

	/** "💬 Hộ Tịch Lan giải trình mục 2.1 …: «answer»"; the province is told which unit answered. */
	private Reply answer(ExplanationView x) {
		if (x.askedByProvince()) {
			return Reply.text("chat.explain.answer.province", x.answeredBy(), x.itemCode(),
					ExplanationTexts.title(x.itemTitle()), x.answer(), items.when(x.answeredAt()), ExplanationTexts.unit(x));
		}
		return Reply.text("chat.explain.answer", x.answeredBy(), x.itemCode(), ExplanationTexts.title(x.itemTitle()),
				x.answer(), items.when(x.answeredAt()));
	}

	/** "❓ Chủ tịch … yêu cầu giải trình mục 2.2 …: «note». Trạng thái: …" [✍️ Trả lời]. */
	private Reply ask(String key, ExplanationView x, Locale locale) {
		var status = situations.situation(x.itemCode()).map(s -> items.status(s.status(), locale)).orElse("—");
		var note = x.note() == null ? "" : Phrase.of("chat.explain.request.note", x.note());
		return Reply.text(key, ExplanationTexts.asker(x), x.itemCode(), ExplanationTexts.title(x.itemTitle()),
				items.when(x.askedAt()), note, status)
			.withButtons(List.of(ExplanationTexts.replyButton(x.id())));
	}
}
