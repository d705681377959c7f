package vn.cchc.troly.telegram;

/**
 * Handles presses of inline buttons whose callback data starts with {@link #prefix()} (the longest
 * matching prefix wins). The reply may {@link Reply#edit edit} the pressed message and
 * {@link Reply#answer answer} the press; a press the reply does not answer is answered empty.
 */
public interface CallbackHandler {

	/** The start of the callback data this handler owns, such as "item:". */
	String prefix();

	/** Who may press these buttons; the router checks before {@link #handle} is called. */
	default Access access() {
		return Access.REGISTERED;
	}

	Reply handle(ChatRequest request);
}
