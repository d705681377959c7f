package vn.cchc.troly.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An inline button: its label is a message key (plain text, not HTML), pressing it sends
 * {@code callbackData} to the {@link CallbackHandler} owning its prefix.
 */
public record Button(String labelKey, List<Object> labelArgs, String callbackData) {

	public Button {
		var bytes = callbackData == null ? 0 : callbackData.getBytes(StandardCharsets.UTF_8).length;
		if (bytes < 1 || bytes > 64) {
			throw new IllegalArgumentException("Telegram callback data is 1-64 bytes: " + callbackData);
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
