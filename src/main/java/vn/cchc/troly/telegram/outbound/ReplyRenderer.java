package vn.cchc.troly.telegram.outbound;

import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Lines;
import vn.cchc.troly.chat.Phrase;

/**
 * Turns message keys and arguments into Telegram text. In HTML the template's tags stay and every
 * plain argument is escaped; a {@link Phrase} argument is rendered the same way and put in place,
 * {@link Lines} joined. Numbers stay numbers so the template formats them for the language.
 */
@Component
public class ReplyRenderer {

	private final MessageSource messages;

	public ReplyRenderer(MessageSource messages) {
		this.messages = messages;
	}

	/** Telegram HTML: the template's tags stay, the arguments are escaped. */
	public String html(String key, List<Object> args, Locale locale) {
		var safe = args.stream().map(argument -> html(argument, locale)).toArray();
		return messages.getMessage(key, safe, locale);
	}

	/** Plain text (button labels, notices, menu descriptions): nothing is escaped. */
	public String plain(String key, List<Object> args, Locale locale) {
		var values = args.stream().map(argument -> plain(argument, locale)).toArray();
		return messages.getMessage(key, values, locale);
	}

	private Object html(Object argument, Locale locale) {
		if (argument instanceof Phrase phrase) {
			return html(phrase.key(), phrase.args(), locale);
		}
		if (argument instanceof Lines lines) {
			return lines.lines().stream().map(line -> String.valueOf(html(line, locale)))
				.collect(Collectors.joining(lines.separator()));
		}
		if (argument == null || argument instanceof Number || argument instanceof Date) {
			return argument;
		}
		if (argument instanceof TemporalAccessor) {
			return argument.toString();
		}
		return Html.escape(argument.toString());
	}

	private Object plain(Object argument, Locale locale) {
		if (argument instanceof Phrase phrase) {
			return plain(phrase.key(), phrase.args(), locale);
		}
		if (argument instanceof Lines lines) {
			return lines.lines().stream().map(line -> String.valueOf(plain(line, locale)))
				.collect(Collectors.joining(lines.separator()));
		}
		return argument;
	}
}
