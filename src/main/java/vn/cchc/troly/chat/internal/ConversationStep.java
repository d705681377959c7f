package vn.cchc.troly.chat.internal;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;

/**
 * The next step of a multi-step flow ("pick an item, then type the value"): while a
 * {@link Conversation} with this topic is pending for the chat and user, their next plain text,
 * photo or file comes here instead of the text and media handlers. The step ends the conversation
 * ({@link Conversations#end}) or starts the next one; any command also ends it.
 */
public interface ConversationStep {

	String topic();

	/** Whether the province's people (no unit) may be in this step; they reach no other text handler. */
	default boolean servesProvince() {
		return false;
	}

	Reply handle(ChatRequest request, Conversation conversation);
}
