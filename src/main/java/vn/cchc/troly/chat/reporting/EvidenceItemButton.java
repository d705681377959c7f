package vn.cchc.troly.chat.reporting;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.CallbackHandler;
import vn.cchc.troly.chat.internal.Conversations;

/** "ev:2.2": the file waiting in the conversation is evidence of item 2.2. */
@Component
class EvidenceItemButton implements CallbackHandler {

	static final String PREFIX = "ev:";

	private final Conversations conversations;
	private final Reporter reporter;

	EvidenceItemButton(Conversations conversations, Reporter reporter) {
		this.conversations = conversations;
		this.reporter = reporter;
	}

	@Override
	public String prefix() {
		return PREFIX;
	}

	@Override
	public Reply handle(ChatRequest request) {
		var pending = conversations.current(request).filter(c -> c.topic().equals(ReportPrompts.EVIDENCE_TOPIC));
		if (pending.isEmpty()) {
			return Reply.alert("chat.evidence.expired");
		}
		var official = request.official();
		var reported = reporter.evidence(request, official, request.callbackData().substring(PREFIX.length()),
				EvidenceFile.fromJson(pending.get().data()));
		if (reported.stored()) {
			conversations.end(request);
		}
		return ReportTexts.asEdit(reported.reply());
	}
}
