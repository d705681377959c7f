package vn.cchc.troly.chat.reporting;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.CallbackHandler;
import vn.cchc.troly.chat.internal.Conversations;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.progress.EvidenceKeeping;

/**
 * "evd:12": the official chose to describe evidence 12 now: the next text they type is read as its
 * number, date, issuer and page ({@link DescribeStep}). Optional: nothing waits if they do not.
 */
@Component
class DescribeButton implements CallbackHandler {

	static final String PREFIX = "evd:";

	private final EvidenceKeeping keeping;
	private final Conversations conversations;

	DescribeButton(EvidenceKeeping keeping, Conversations conversations) {
		this.keeping = keeping;
		this.conversations = conversations;
	}

	@Override
	public String prefix() {
		return PREFIX;
	}

	@Override
	public Reply handle(ChatRequest request) {
		var id = EvidenceRef.id(request.callbackData().substring(PREFIX.length()));
		var official = request.official();
		var evidence = id.flatMap(keeping::byId);
		if (evidence.isEmpty()) {
			return Reply.alert("chat.evidence.unknown");
		}
		if (evidence.get().official().getId() != official.id() && !official.hasRole(Role.COORDINATOR)) {
			return Reply.alert("progress.refused.NOT_THE_SENDER");
		}
		if (!request.isPrivate()) {
			return Reply.alert("chat.access.privateOnly");
		}
		conversations.start(request, DescribeStep.TOPIC, String.valueOf(id.get()), ReportPrompts.WAIT);
		return Reply.answer("chat.evidence.describeAnswer").and(Reply.text("chat.evidence.describePrompt", id.get()));
	}
}
