package vn.cchc.troly.telegram;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.cchc.troly.report.Summaries;
import vn.cchc.troly.report.WeeklySummaryPosted;

/**
 * Posts a recorded weekly summary to its group. A failure leaves the event incomplete in the
 * publication registry, so the summary goes out when the application next starts; it is never
 * dropped silently.
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
		messenger.send(posted.chatId(), locale, replies.of(message));
	}
}
