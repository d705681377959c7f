package vn.cchc.troly.chat.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Message keys rendered as plain text, for the short pieces the chat layer puts into a reply as
 * arguments ("🟡 Gần đạt", "còn 3 ngày", a role's name). Only templates without markup belong here;
 * a piece with markup is a {@link vn.cchc.troly.chat.Phrase}, rendered by the transport.
 */
@Component
public class PlainTexts {

	private final MessageSource messages;

	public PlainTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String plain(String key, List<Object> args, Locale locale) {
		return messages.getMessage(key, args.toArray(), locale);
	}
}
