package vn.cchc.troly.chat.oversight;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Access;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Phrase;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.CallbackHandler;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.report.LeadershipChat;
import vn.cchc.troly.report.PostOutcome;
import vn.cchc.troly.report.Summaries;

/**
 * The "post to the leadership group" button under the coordinator's /tonghop preview, data
 * {@value #DATA}. It posts this week's summary now ({@link Summaries#postNow}); the summary's
 * delivery (chat.coordination) sends it to the group; the preview's message becomes the summary as
 * posted, with a line saying so. Once a week at most: a second press says when it went out. Only the coordinator may press it; anyone else's press changes nothing.
 */
@Component
class SummaryPostButton implements CallbackHandler {

	static final String DATA = "summary:post";

	private final Summaries summaries;
	private final SummaryReplies replies;
	private final ItemTexts texts;

	SummaryPostButton(Summaries summaries, SummaryReplies replies, ItemTexts texts) {
		this.summaries = summaries;
		this.replies = replies;
		this.texts = texts;
	}

	@Override
	public String prefix() {
		return DATA;
	}

	@Override
	public Access access() {
		return Access.COORDINATOR;
	}

	@Override
	public Reply handle(ChatRequest request) {
		var outcome = summaries.postNow(request.official().id());
		// The button sits under the preview's text: the message keeps the summary as posted, and says so.
		if (outcome instanceof PostOutcome.Posted posted) {
			return posted(posted.summaryId(), Phrase.of("chat.summary.posted"), request)
				.and(Reply.answer("chat.summary.posted.short"));
		}
		if (outcome instanceof PostOutcome.AlreadyPosted already) {
			var when = texts.when(already.sentAt());
			return posted(already.summaryId(), Phrase.of("chat.summary.alreadyPosted", when), request)
				.and(Reply.alert("chat.summary.alreadyPosted.short", when));
		}
		return Reply.alert("chat.summary.noGroup.short");
	}

	/** The recorded summary's text with a line under it, as the new text of the message pressed; no buttons. */
	private Reply posted(long summaryId, Phrase footer, ChatRequest request) {
		return summaries.summary(summaryId).map(summary -> {
			var text = (Reply.Text) replies.text(summary, request.locale(), footer).parts().get(0);
			return Reply.edit(text.key(), text.args().toArray());
		}).orElseGet(() -> Reply.edit(footer.key(), footer.args().toArray()));
	}

	static String title(LeadershipChat group) {
		return group.title() == null || group.title().isBlank() ? String.valueOf(group.chatId()) : group.title();
	}
}
