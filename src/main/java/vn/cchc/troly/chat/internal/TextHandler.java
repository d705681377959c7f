package vn.cchc.troly.chat.internal;

import java.util.Optional;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;

/**
 * Offered plain text (not a command, no conversation pending) in order of
 * {@link org.springframework.core.annotation.Order @Order}; the first that answers wins. When none
 * does, a private chat gets a hint to use /trogiup and a group gets no answer.
 */
public interface TextHandler {

	Optional<Reply> handle(ChatRequest request);
}
