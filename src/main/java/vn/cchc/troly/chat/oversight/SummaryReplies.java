package vn.cchc.troly.chat.oversight;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Button;
import vn.cchc.troly.chat.Phrase;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.report.SummaryMessage;
import vn.cchc.troly.report.WeeklySummary;

/** A weekly summary as the chat shows it: the text, then the chart with its caption. */
@Component
public class SummaryReplies {

	private final SummaryText text;

	SummaryReplies(SummaryText text) {
		this.text = text;
	}

	public Reply of(SummaryMessage message, Locale locale) {
		return of(message, locale, null, List.of());
	}

	/**
	 * The text with a line for its reader after it and the buttons that go with that line, on the
	 * same message (the last part of it, when it is long enough to be split), then the chart.
	 */
	Reply of(SummaryMessage message, Locale locale, Phrase footer, List<List<Button>> buttons) {
		var reply = text(message.summary(), locale, footer);
		if (!buttons.isEmpty()) {
			reply = reply.withButtons(buttons);
		}
		if (message.chartPng() != null) {
			reply = reply.and(Reply.photo(message.chartPng(), "tong-hop-" + message.weekKey() + ".png",
					"chat.summary.caption", message.caption()));
		}
		return reply;
	}

	/** The summary's words, with a line after them (null for none). */
	Reply text(WeeklySummary summary, Locale locale, Phrase footer) {
		var words = text.of(summary, locale);
		return footer == null ? Reply.text("chat.summary.text", words) : Reply.text("chat.summary.withFooter", words, footer);
	}
}
