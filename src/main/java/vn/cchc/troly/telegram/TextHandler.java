package vn.cchc.troly.telegram;

import java.util.Optional;

/**
 * Offered plain text (not a command, no conversation pending) in order of
 * {@link org.springframework.core.annotation.Order @Order}; the first that answers wins. When none
 * does, a private chat gets a hint to use /trogiup and a group gets no answer.
 */
public interface TextHandler {

	Optional<Reply> handle(ChatRequest request);
}
