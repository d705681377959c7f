package vn.cchc.troly.chat.coordination;

import java.util.Optional;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatId;
import vn.cchc.troly.chat.ChatTransport;
import vn.cchc.troly.chat.Language;
import vn.cchc.troly.chat.internal.ChannelFit;
import vn.cchc.troly.chat.oversight.SummaryReplies;
import vn.cchc.troly.people.Unit;
import vn.cchc.troly.people.UnitId;
import vn.cchc.troly.people.Units;
import vn.cchc.troly.report.Summaries;
import vn.cchc.troly.report.WeeklySummaryPosted;

/**
 * Posts a recorded weekly summary to its group: what it says is decided here, how it is sent by the
 * transport, which queues it in the listener's transaction under the summary's id, so an event
 * delivered again after a crash queues nothing more; the transport retries the sending, and a
 * message never taken shows in /loigui.
 */
@Component
class SummaryDelivery {

	private final Summaries summaries;
	private final SummaryReplies replies;
	private final ChannelFit fit;
	private final ChatTransport transport;
	private final Units units;

	SummaryDelivery(Summaries summaries, SummaryReplies replies, ChannelFit fit, ChatTransport transport, Units units) {
		this.units = units;
		this.summaries = summaries;
		this.replies = replies;
		this.fit = fit;
		this.transport = transport;
	}

	@ApplicationModuleListener
	void on(WeeklySummaryPosted posted) {
		// The leadership group reads its unit's language: Vietnamese unless the operator set another.
		var locale = Optional.ofNullable(posted.unitId()).flatMap(id -> units.byId(new UnitId(id)))
			.map(Unit::language).flatMap(Language::fromCode).orElse(Language.VI).locale();
		var message = summaries.message(posted.summaryId(), locale)
			.orElseThrow(() -> new IllegalStateException("No summary " + posted.summaryId()));
		var chat = new ChatId(posted.chatId());
		// A group's message: nobody in particular answers it, so it offers no buttons.
		var reply = fit.shape(replies.of(message, locale), transport.capabilities(), chat, null);
		transport.sendOnce("summary:" + posted.summaryId(), chat, locale, reply);
	}
}
