package vn.cchc.troly.chat.oversight;

import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.report.SummaryMessage;

/** A weekly summary as the chat shows it: the text, then the chart with its caption. */
@Component
public class SummaryReplies {

	private final SummaryText text;

	SummaryReplies(SummaryText text) {
		this.text = text;
	}

	public Reply of(SummaryMessage message, Locale locale) {
		var reply = Reply.text("chat.summary.text", text.of(message.summary(), locale));
		if (message.chartPng() != null) {
			reply = reply.and(Reply.photo(message.chartPng(), "tong-hop-" + message.weekKey() + ".png",
					"chat.summary.caption", message.caption()));
		}
		return reply;
	}
}
