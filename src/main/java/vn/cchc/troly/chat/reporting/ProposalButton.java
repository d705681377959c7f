package vn.cchc.troly.chat.reporting;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.CallbackHandler;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.progress.DecisionOutcome;
import vn.cchc.troly.progress.ProgressManagement;
import vn.cchc.troly.progress.Refused;

/**
 * The lead's answer to a proposed figure, under the message that asked ({@link ReportNotices}):
 * {@code prop:ok:<id>} confirms it (it counts from now on), {@code prop:no:<id>} declines it (it stays
 * in the history). The progress module checks that the presser leads the item (or coordinates the
 * plan) and that the proposal is still open; the message is edited to say what was done.
 */
@Component
public class ProposalButton implements CallbackHandler {

	public static final String PREFIX = "prop:";
	static final String CONFIRM = PREFIX + "ok:";
	static final String DECLINE = PREFIX + "no:";

	private final ProgressManagement progress;
	private final ReportTexts texts;
	private final ItemTexts items;

	ProposalButton(ProgressManagement progress, ReportTexts texts, ItemTexts items) {
		this.progress = progress;
		this.texts = texts;
		this.items = items;
	}

	@Override
	public String prefix() {
		return PREFIX;
	}

	@Override
	public Reply handle(ChatRequest request) {
		var data = request.callbackData();
		var confirm = data.startsWith(CONFIRM);
		if (!confirm && !data.startsWith(DECLINE)) {
			return Reply.alert("progress.refused.UNKNOWN_PROPOSAL");
		}
		long id;
		try {
			id = Long.parseLong(data.substring(CONFIRM.length()));
		}
		catch (NumberFormatException e) {
			return Reply.alert("progress.refused.UNKNOWN_PROPOSAL");
		}
		var source = String.valueOf(request.updateId());
		var outcome = confirm ? progress.confirmProposal(request.official(), id, source)
				: progress.declineProposal(request.official(), id, source);
		var locale = request.locale();
		if (outcome instanceof DecisionOutcome.Confirmed confirmed) {
			var item = confirmed.item();
			return Reply.edit("chat.proposal.confirmed", items.figure(confirmed.figure(), locale), item.code(),
					items.shortTitle(item), confirmed.proposedBy(), texts.status(confirmed.status(), item.target(), locale))
				.and(Reply.answer("chat.proposal.button.confirmed"));
		}
		if (outcome instanceof DecisionOutcome.Declined declined) {
			var item = declined.item();
			return Reply.edit("chat.proposal.declined", items.figure(declined.figure(), locale), declined.proposedBy(),
					item.code(), items.shortTitle(item), texts.counted(declined.counted(), declined.countedBy(), locale))
				.and(Reply.answer("chat.proposal.button.declined"));
		}
		return Reply.alert("progress.refused." + ((Refused) outcome).reason().name());
	}
}
