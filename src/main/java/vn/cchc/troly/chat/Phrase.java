package vn.cchc.troly.chat;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A piece of a message given as an argument of another: a message key and its arguments, rendered
 * by the transport exactly as a reply's text is (the template's markup kept, the arguments made
 * safe for the channel), then put in place. The chat layer never builds markup itself.
 * <pre>
 * Reply.text("chat.history", code, title, Lines.of(entries.stream().map(e -&gt; Phrase.of("chat.history.entry", …))))
 * </pre>
 */
public record Phrase(String key, List<Object> args) {

	public Phrase {
		args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
	}

	public static Phrase of(String key, Object... args) {
		return new Phrase(key, Arrays.asList(args));
	}
}
