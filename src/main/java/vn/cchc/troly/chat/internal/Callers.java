package vn.cchc.troly.chat.internal;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.people.Official;
import vn.cchc.troly.people.PeopleManagement;

/**
 * Who is behind a request: read once per update by the router, before the access rule, and carried
 * in the request ({@link ChatRequest#caller()}) to the handler, so nothing reads the official again.
 * Officials are known by their Telegram user id, the only messenger today.
 */
@Component
class Callers {

	private final PeopleManagement people;

	Callers(PeopleManagement people) {
		this.people = people;
	}

	/** The request with its caller: the active official this user is, or none. */
	ChatRequest resolve(ChatRequest request) {
		if (request.caller() != null) {
			return request;
		}
		return request.withCaller(people.findByTelegramUser(request.userId().value()).filter(Official::active).orElse(null));
	}
}
