package vn.cchc.troly.chat.oversight;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Access;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.CallbackHandler;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.report.LeadershipChat;
import vn.cchc.troly.report.PostOutcome;
import vn.cchc.troly.report.Summaries;

/**
 * The "post to the leadership group" button under the coordinator's /tonghop preview, data
 * {@value #DATA}. It posts this week's summary now ({@link Summaries#postNow}); the summary's
 * delivery (chat.coordination) sends it to the group. Once a week at most: a second press says
 * when it went out. Only the coordinator may press it; anyone else's press changes nothing.
 */
@Component
class SummaryPostButton implements CallbackHandler {

	static final String DATA = "summary:post";

	private final Summaries summaries;
	private final ItemTexts texts;

	SummaryPostButton(Summaries summaries, ItemTexts texts) {
		this.summaries = summaries;
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
		if (outcome instanceof PostOutcome.Posted) {
			return Reply.edit("chat.summary.posted").and(Reply.answer("chat.summary.posted.short"));
		}
		if (outcome instanceof PostOutcome.AlreadyPosted already) {
			return Reply.edit("chat.summary.alreadyPosted", texts.when(already.sentAt()))
				.and(Reply.alert("chat.summary.alreadyPosted.short", texts.when(already.sentAt())));
		}
		return Reply.edit("chat.summary.noGroup").and(Reply.alert("chat.summary.noGroup.short"));
	}

	static String title(LeadershipChat group) {
		return group.title() == null || group.title().isBlank() ? String.valueOf(group.chatId()) : group.title();
	}
}
