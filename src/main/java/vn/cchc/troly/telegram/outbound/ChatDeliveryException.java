package vn.cchc.troly.telegram.outbound;

/** A message could not be delivered to Telegram, after the retries the settings allow. */
public class ChatDeliveryException extends RuntimeException {

	ChatDeliveryException(String message, Throwable cause) {
		super(message, cause);
	}
}
