package vn.cchc.troly.chat.internal;

import vn.cchc.troly.chat.Access;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;

/**
 * Handles the choice of buttons whose data starts with {@link #prefix()} (the longest matching
 * prefix wins), pressed or typed as a number. The reply may {@link Reply#edit edit} the message
 * carrying the button and {@link Reply#answer answer} the press; a press the reply does not answer
 * is answered empty by the transport.
 */
public interface CallbackHandler {

	/** The start of the callback data this handler owns, such as "item:". */
	String prefix();

	/** Who may press these buttons; the router checks before {@link #handle} is called. */
	default Access access() {
		return Access.REGISTERED;
	}

	/** Whether the province's people may press these buttons (see {@link ChatCommand#servesProvince}). */
	default boolean servesProvince() {
		return false;
	}

	Reply handle(ChatRequest request);
}
