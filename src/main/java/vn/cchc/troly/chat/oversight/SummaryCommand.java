package vn.cchc.troly.chat.oversight;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Access;
import vn.cchc.troly.chat.Button;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Phrase;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ChatCommand;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.report.LeadershipGroup;
import vn.cchc.troly.report.Summaries;

/**
 * /tonghop (/summary): the weekly summary as it would be posted now, text and chart; nothing is
 * recorded. The coordinator also gets a line under the text saying where it would go, with a button
 * on the same message to post it to the leadership group now ({@link SummaryPostButton}), or when
 * this week's went out.
 */
@Component
@Order(520)
class SummaryCommand implements ChatCommand {

	private final Summaries summaries;
	private final SummaryReplies replies;
	private final LeadershipGroup leadership;
	private final ItemTexts texts;

	SummaryCommand(Summaries summaries, SummaryReplies replies, LeadershipGroup leadership, ItemTexts texts) {
		this.summaries = summaries;
		this.replies = replies;
		this.leadership = leadership;
		this.texts = texts;
	}

	@Override
	public String name() {
		return "tonghop";
	}

	@Override
	public String alias() {
		return "summary";
	}

	@Override
	public String descriptionKey() {
		return "chat.summary.command";
	}

	@Override
	public Access access() {
		return Access.LEADER_OR_COORDINATOR;
	}

	@Override
	public Reply handle(ChatRequest request) {
		var locale = request.locale();
		var preview = summaries.preview(locale);
		// Items off track can be asked about from here: the button offers them.
		var explain = preview.summary().offTrack().isEmpty() || !request.isPrivate() ? List.<List<Button>>of()
				: List.of(Button.row(Button.of("chat.explain.button.ask", ExplanationRequestButton.PICK)));
		if (!request.official().hasRole(Role.COORDINATOR)) {
			return replies.of(preview, locale, null, explain);
		}
		// The coordinator's line (and its button) sits on the summary's own message, not on a message of its own.
		var group = leadership.current();
		if (group.isEmpty()) {
			return replies.of(preview, locale, Phrase.of("chat.summary.noGroup"), explain);
		}
		var posted = summaries.postedThisWeek();
		if (posted.isPresent()) {
			return replies.of(preview, locale, Phrase.of("chat.summary.alreadyPosted", texts.when(posted.get().sentAt())),
					explain);
		}
		var buttons = new ArrayList<List<Button>>();
		buttons.add(Button.row(Button.of("chat.summary.button.post", SummaryPostButton.DATA)));
		buttons.addAll(explain);
		return replies.of(preview, locale, Phrase.of("chat.summary.postPrompt", SummaryPostButton.title(group.get())),
				buttons);
	}
}
