package vn.cchc.troly.telegram;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.cchc.troly.people.Official;
import vn.cchc.troly.people.PeopleManagement;

/** The registered, active official behind a chat request. */
@Component
public class Callers {

	private final PeopleManagement people;

	Callers(PeopleManagement people) {
		this.people = people;
	}

	/** The active official this Telegram user is, if any. */
	public Optional<Official> of(ChatRequest request) {
		return people.findByTelegramUser(request.userId()).filter(Official::active);
	}

	/**
	 * The official behind a request the router let through as {@link Access#REGISTERED} or
	 * stricter; a handler never sees strangers.
	 */
	public Official registered(ChatRequest request) {
		return of(request).orElseThrow(() -> new IllegalStateException(
				"user " + request.userId() + " is not a registered official; the access rule should have stopped them"));
	}
}
