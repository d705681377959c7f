package vn.cchc.troly.telegram;

import org.springframework.stereotype.Component;

import vn.cchc.troly.report.SummaryMessage;

/** A weekly summary as the chat shows it: the text, then the chart with its caption. */
@Component
class SummaryReplies {

	Reply of(SummaryMessage message) {
		// The report module renders and escapes the summary; it arrives as safe HTML.
		var reply = Reply.text("chat.summary.text", new SafeHtml(message.html()));
		if (message.chartPng() != null) {
			reply = reply.and(Reply.photo(message.chartPng(), "tong-hop-" + message.weekKey() + ".png",
					"chat.summary.caption", message.caption()));
		}
		return reply;
	}
}
