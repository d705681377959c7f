package vn.cchc.troly.telegram;

import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns message keys and arguments into text. For HTML every argument is escaped unless it is
 * {@link SafeHtml}; numbers stay numbers so the template can format them for the language.
 */
@Component
class ReplyRenderer {

	private final MessageSource messages;

	ReplyRenderer(MessageSource messages) {
		this.messages = messages;
	}

	/** Telegram HTML: the template's tags stay, the arguments are escaped. */
	String html(String key, List<Object> args, Locale locale) {
		var safe = args.stream().map(ReplyRenderer::escaped).toArray();
		return messages.getMessage(key, safe, locale);
	}

	/** Plain text (button labels, menu descriptions): nothing is escaped. */
	String plain(String key, List<Object> args, Locale locale) {
		var values = args.stream().map(a -> a instanceof SafeHtml s ? s.html() : a).toArray();
		return messages.getMessage(key, values, locale);
	}

	private static Object escaped(Object argument) {
		if (argument instanceof SafeHtml safe) {
			return safe.html();
		}
		if (argument == null || argument instanceof Number || argument instanceof java.util.Date) {
			return argument;
		}
		if (argument instanceof TemporalAccessor) {
			return argument.toString();
		}
		return SafeHtml.escape(argument.toString());
	}
}
