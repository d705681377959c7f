package vn.cchc.troly.chat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * What the bot answers, as parts sent in order, free of any messenger: texts are message keys with
 * arguments (plain values, or {@link Phrase}s and {@link Lines} rendered the same way); templates
 * may use {@code <b>}, {@code <i>}, {@code <code>}, which a transport renders or strips, and it makes
 * every plain argument safe. Buttons are intents ({@link Button}); a transport without buttons, edits
 * or files gets the reply reshaped first ({@link ChannelCapabilities}). Build with the static
 * methods and {@link #and}:
 * <pre>
 * Reply.text("progress.saved", item.code(), figure)
 *     .withButtons(List.of(Button.row(Button.of("progress.button.undo", "undo:" + id))))
 * </pre>
 *
 * @param locale the language to render in, or null for the request's
 */
public record Reply(List<Part> parts, Locale locale) {

	/** One outgoing piece. */
	public sealed interface Part permits Text, Edit, Photo, Document, FileOnDisk, Answer {
	}

	/** A new message; long texts are split on line boundaries. */
	public record Text(String key, List<Object> args, List<List<Button>> buttons) implements Part {
	}

	/** A new text (and buttons) for the message whose button was pressed. */
	public record Edit(String key, List<Object> args, List<List<Button>> buttons) implements Part {
	}

	/** A picture (PNG, JPEG) with an optional caption (key null for none). */
	public record Photo(byte[] bytes, String fileName, String captionKey, List<Object> args) implements Part {
	}

	/** A file (an .xlsx export, say) with an optional caption (key null for none). */
	public record Document(byte[] bytes, String fileName, String captionKey, List<Object> args) implements Part {
	}

	/**
	 * A file too large to hold in memory (a dossier's part), streamed from disk when sent. The
	 * transport owns it from here: it deletes it once sent or given up, and at once where the channel
	 * cannot take files.
	 */
	public record FileOnDisk(Path file, String fileName, String captionKey, List<Object> args) implements Part {
	}

	/** The answer to a button press: a short notice (key null for none), or an alert box. */
	public record Answer(String key, List<Object> args, boolean alert) implements Part {
	}

	public Reply {
		parts = List.copyOf(parts);
	}

	public static Reply none() {
		return new Reply(List.of(), null);
	}

	public static Reply text(String key, Object... args) {
		return of(new Text(key, list(args), List.of()));
	}

	public static Reply edit(String key, Object... args) {
		return of(new Edit(key, list(args), List.of()));
	}

	public static Reply photo(byte[] bytes, String fileName, String captionKey, Object... args) {
		return of(new Photo(bytes, fileName, captionKey, list(args)));
	}

	public static Reply document(byte[] bytes, String fileName, String captionKey, Object... args) {
		return of(new Document(bytes, fileName, captionKey, list(args)));
	}

	public static Reply document(Path file, String fileName, String captionKey, Object... args) {
		return of(new FileOnDisk(file, fileName, captionKey, list(args)));
	}

	/** Answers a button press with a short notice at the top of the chat. */
	public static Reply answer(String key, Object... args) {
		return of(new Answer(key, list(args), false));
	}

	/** Answers a button press with an alert the user must close. */
	public static Reply alert(String key, Object... args) {
		return of(new Answer(key, list(args), true));
	}

	/** This reply, then the other's parts. */
	public Reply and(Reply other) {
		var all = new ArrayList<>(parts);
		all.addAll(other.parts);
		return new Reply(all, locale != null ? locale : other.locale);
	}

	/** Puts rows of buttons under the last text or edit of this reply. */
	public Reply withButtons(List<List<Button>> rows) {
		var all = new ArrayList<>(parts);
		for (var i = all.size() - 1; i >= 0; i--) {
			if (all.get(i) instanceof Text t) {
				all.set(i, new Text(t.key(), t.args(), List.copyOf(rows)));
				return new Reply(all, locale);
			}
			if (all.get(i) instanceof Edit e) {
				all.set(i, new Edit(e.key(), e.args(), List.copyOf(rows)));
				return new Reply(all, locale);
			}
		}
		throw new IllegalStateException("buttons need a text or an edit to sit under");
	}

	/** Renders this reply in the given language instead of the request's (after /ngonngu). */
	public Reply in(Locale newLocale) {
		return new Reply(parts, newLocale);
	}

	public boolean isEmpty() {
		return parts.isEmpty();
	}

	private static Reply of(Part part) {
		return new Reply(List.of(part), null);
	}

	private static List<Object> list(Object... args) {
		return Collections.unmodifiableList(Arrays.asList(args.clone()));
	}
}
