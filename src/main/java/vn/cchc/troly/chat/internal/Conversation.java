package vn.cchc.troly.chat.internal;

import java.time.Instant;
import java.util.List;

/**
 * A pending multi-step flow of one user in one chat.
 *
 * @param topic which {@link ConversationStep} takes the next message ({@link Conversations#CHOICES}
 *        when only numbered choices are pending)
 * @param data what the earlier steps chose (for example an item code), as the step wrote it
 * @param choices the data of the buttons offered as numbered lines, in order (empty when none)
 */
public record Conversation(String topic, String data, Instant expiresAt, List<String> choices) {

	public Conversation {
		choices = choices == null ? List.of() : List.copyOf(choices);
	}
}
