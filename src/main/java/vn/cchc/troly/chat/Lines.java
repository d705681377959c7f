package vn.cchc.troly.chat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * An argument made of pieces, each a {@link Phrase} or plain text (made safe by the transport),
 * joined where the argument stands: with line breaks ({@link #of}), or one after the other on one
 * line ({@link #inline}).
 */
public record Lines(List<Object> lines, String separator) {

	public Lines {
		lines = Collections.unmodifiableList(new ArrayList<>(lines));
	}

	public static Lines of(List<?> lines) {
		return new Lines(new ArrayList<>(lines), "\n");
	}

	public static Lines of(Stream<?> lines) {
		return new Lines(lines.map(Object.class::cast).toList(), "\n");
	}

	/** The pieces one after the other: "🔴 3.1 …" then " · ⌛ quá hạn 20/11/2026". */
	public static Lines inline(Object... pieces) {
		return new Lines(Arrays.asList(pieces), "");
	}

	public boolean isEmpty() {
		return lines.isEmpty();
	}
}
