package vn.cchc.troly.telegram;

import java.time.Instant;

/**
 * A pending multi-step flow of one user in one chat.
 *
 * @param topic which {@link ConversationStep} takes the next message
 * @param data what the earlier steps chose (for example an item code), as the step wrote it
 */
public record Conversation(String topic, String data, Instant expiresAt) {
}
