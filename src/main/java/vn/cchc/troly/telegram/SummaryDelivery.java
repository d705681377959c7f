package vn.cchc.troly.telegram;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.cchc.troly.report.Summaries;
import vn.cchc.troly.report.WeeklySummaryPosted;

/**
 * Posts a recorded weekly summary to its group: queued in the outbox in the listener's transaction,
 * under the summary's id, so an event delivered again after a crash queues nothing more; the
 * outbox retries the sending, and a message Telegram never takes shows in /loigui.
 */
@Component
class SummaryDelivery {

	private final Summaries summaries;
	private final SummaryReplies replies;
	private final ChatMessenger messenger;

	SummaryDelivery(Summaries summaries, SummaryReplies replies, ChatMessenger messenger) {
		this.summaries = summaries;
		this.replies = replies;
		this.messenger = messenger;
	}

	@ApplicationModuleListener
	void on(WeeklySummaryPosted posted) {
		// The leadership group reads Vietnamese, the commune's language.
		var locale = Language.VI.locale();
		var message = summaries.message(posted.summaryId(), locale)
			.orElseThrow(() -> new IllegalStateException("No summary " + posted.summaryId()));
		messenger.sendOnce("summary:" + posted.summaryId(), posted.chatId(), locale, replies.of(message));
	}
}
