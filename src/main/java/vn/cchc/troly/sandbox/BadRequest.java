package vn.cchc.troly.sandbox;

/**
 * A request Telegram refuses with 400: the message is the text after "Bad Request: " in the
 * answer's description, word for word as Telegram writes it (clients match on it).
 */
final class BadRequest extends RuntimeException {

	BadRequest(String description) {
		super(description, null, false, false);
	}
}
