package vn.cchc.troly.chat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A choice offered under a message, as an intent: its label is a message key (plain text, no
 * markup), and choosing it sends {@code callbackData} back to the handler owning its prefix. A
 * transport shows it as an inline button, or as a numbered line the user answers by typing the
 * number. The data is 1-64 bytes, the smallest limit of the transports (Telegram's).
 */
public record Button(String labelKey, List<Object> labelArgs, String callbackData) {

	public Button {
		var bytes = callbackData == null ? 0 : callbackData.getBytes(StandardCharsets.UTF_8).length;
		if (bytes < 1 || bytes > 64) {
			throw new IllegalArgumentException("button data is 1-64 bytes: " + callbackData);
		}
	}

	public static Button of(String labelKey, String callbackData, Object... labelArgs) {
		return new Button(labelKey, Collections.unmodifiableList(Arrays.asList(labelArgs)), callbackData);
	}

	/** A row of buttons, for {@link Reply#withButtons}. */
	public static List<Button> row(Button... buttons) {
		return List.of(buttons);
	}
}
