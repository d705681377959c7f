package vn.cchc.troly.chat.coordination;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatId;
import vn.cchc.troly.chat.ChatTransport;
import vn.cchc.troly.chat.Language;
import vn.cchc.troly.chat.internal.ChannelFit;
import vn.cchc.troly.chat.oversight.ProvinceReplies;
import vn.cchc.troly.report.ProvinceDigestPosted;
import vn.cchc.troly.report.ProvinceDigests;

/**
 * Posts a recorded province digest to the province's group, as {@link SummaryDelivery} posts a
 * unit's summary: queued once under the digest's id, sent and retried by the transport.
 */
@Component
class ProvinceDigestDelivery {

	private final ProvinceDigests digests;
	private final ProvinceReplies replies;
	private final ChannelFit fit;
	private final ChatTransport transport;

	ProvinceDigestDelivery(ProvinceDigests digests, ProvinceReplies replies, ChannelFit fit, ChatTransport transport) {
		this.digests = digests;
		this.replies = replies;
		this.fit = fit;
		this.transport = transport;
	}

	@ApplicationModuleListener
	void on(ProvinceDigestPosted posted) {
		// The Department of Home Affairs reads Vietnamese.
		var locale = Language.VI.locale();
		var message = digests.message(posted.digestId(), locale)
			.orElseThrow(() -> new IllegalStateException("No province digest " + posted.digestId()));
		var chat = new ChatId(posted.chatId());
		var reply = fit.shape(replies.of(message, locale), transport.capabilities(), chat, null);
		transport.sendOnce("province-digest:" + posted.digestId(), chat, locale, reply);
	}
}
