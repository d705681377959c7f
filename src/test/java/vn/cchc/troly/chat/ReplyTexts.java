package vn.cchc.troly.chat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A {@link Reply} read as a plain-text channel would show it, from the application's own message
 * bundles, for fast tests of the chat layer without a Spring context or a transport: phrases and
 * lines rendered in place, the templates' tags taken off.
 */
public final class ReplyTexts {

	public static final Locale VI = Locale.forLanguageTag("vi");
	public static final Locale EN = Locale.forLanguageTag("en");

	private ReplyTexts() {
	}

	/** The bundles as application.yml configures them (messages/messages, UTF-8, no system fallback). */
	public static MessageSource messages() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	/** Each text, edit or notice of the reply, in order, as plain text. */
	public static List<String> texts(Reply reply, Locale locale) {
		var messages = messages();
		return reply.parts().stream().map(part -> {
			if (part instanceof Reply.Text text) {
				return render(messages, text.key(), text.args(), locale);
			}
			if (part instanceof Reply.Edit edit) {
				return render(messages, edit.key(), edit.args(), locale);
			}
			if (part instanceof Reply.Answer answer) {
				return answer.key() == null ? "" : render(messages, answer.key(), answer.args(), locale);
			}
			return part.getClass().getSimpleName();
		}).toList();
	}

	private static String render(MessageSource messages, String key, List<Object> args, Locale locale) {
		var values = args.stream().map(arg -> argument(messages, arg, locale)).toArray();
		return messages.getMessage(key, values, locale).replaceAll("<[^>]*>", "");
	}

	private static Object argument(MessageSource messages, Object arg, Locale locale) {
		if (arg instanceof Phrase phrase) {
			return render(messages, phrase.key(), phrase.args(), locale);
		}
		if (arg instanceof Lines lines) {
			return lines.lines().stream().map(line -> String.valueOf(argument(messages, line, locale)))
				.collect(Collectors.joining(lines.separator()));
		}
		return arg;
	}
}
