package vn.cchc.troly.chat.internal;

import java.util.Optional;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;

/**
 * Offered a photo or a file ({@link ChatRequest#attachment()}) when no conversation is pending, in
 * order of {@link org.springframework.core.annotation.Order @Order}; the first that answers wins.
 */
public interface MediaHandler {

	Optional<Reply> handle(ChatRequest request);
}
