package vn.cchc.troly.telegram;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Applies a handler's declared {@link Access} before the router calls it. A stranger gets one
 * polite message on how to get an invite (in a group only when they addressed a command to the
 * bot); a registered official gets a refusal naming who may; nothing is stored either way.
 */
@Component
class AccessRule {

	private final Callers callers;

	AccessRule(Callers callers) {
		this.callers = callers;
	}

	/** Empty when the request may go to its handler; else what to answer instead. */
	Optional<Reply> refusal(ChatRequest request, Access access, boolean worksInGroups) {
		if (access != Access.ANYONE) {
			var official = callers.of(request);
			if (official.isEmpty()) {
				return Optional.of(say(request, "chat.access.unregistered"));
			}
			if (!access.admits(official.get())) {
				return Optional.of(say(request, "chat.access.only." + access.name()));
			}
		}
		if (!request.isPrivate() && !worksInGroups && request.callbackQueryId() == null) {
			return Optional.of(say(request, "chat.access.privateOnly"));
		}
		return Optional.empty();
	}

	private static Reply say(ChatRequest request, String key) {
		if (request.callbackQueryId() != null) {
			return Reply.alert(key);
		}
		// In a group only a command is clearly meant for the bot; other chatter gets no answer.
		return request.isPrivate() || request.command() != null ? Reply.text(key) : Reply.none();
	}
}
