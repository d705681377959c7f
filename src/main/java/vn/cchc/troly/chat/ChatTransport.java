package vn.cchc.troly.chat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * What the chat layer needs from the transport for messages nobody asked for (the weekly summary to
 * the leaders' group, a reminder to an official) and for the coordinator's list of failed
 * deliveries. The transport implements it; it queues in the caller's transaction, so a message
 * exists exactly when what caused it was committed.
 */
public interface ChatTransport {

	/** What the transport can show; replies are shaped for it before {@link #sendOnce}. */
	ChannelCapabilities capabilities();

	/**
	 * Queues the reply's texts, photos and documents to the chat, in order, unless a reply with the
	 * same key was queued before: a delivery that runs again (an event republished after a crash)
	 * sends nothing the second time.
	 *
	 * @param deliveryKey what is delivered, unique across the application ("summary:42")
	 */
	void sendOnce(String deliveryKey, ChatId chat, Locale locale, Reply reply);

	/**
	 * Messages the messenger never took after every attempt (or refused), newest first: at most
	 * {@code limit} of those to chats {@code shown} admits.
	 */
	List<FailedDelivery> failures(int limit, Predicate<ChatId> shown);

	/**
	 * A message that was never delivered.
	 *
	 * @param what the start of its text in plain words (or the file's name), for the coordinator
	 * @param lastError what the messenger or the network said last, or null
	 */
	record FailedDelivery(Instant createdAt, ChatId chat, String what, int attempts, String lastError) {
	}
}
