package vn.cchc.troly.telegram;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.RedeemOutcome;
import vn.cchc.troly.people.Role;

/**
 * /start &lt;code&gt; (what an invite link sends; /batdau too): redeems the invite, greets the
 * official by name and position, says what the bot does and shows their items. Without a code a
 * registered official is welcomed back; a stranger learns how to get an invite. After too many wrong
 * codes in a while ({@link StartLimitSettings}) the user is told to try later and nothing is looked up.
 */
@Component
@Order(10)
class StartCommand implements ChatCommand {

	private final PeopleManagement people;
	private final Callers callers;
	private final MyItemsView items;
	private final ReplyRenderer renderer;
	private final StartAttempts attempts;

	StartCommand(PeopleManagement people, Callers callers, MyItemsView items, ReplyRenderer renderer,
			StartAttempts attempts) {
		this.people = people;
		this.callers = callers;
		this.items = items;
		this.renderer = renderer;
		this.attempts = attempts;
	}

	@Override
	public String name() {
		return "batdau";
	}

	@Override
	public String alias() {
		return "start";
	}

	@Override
	public String descriptionKey() {
		return "chat.onboarding.command";
	}

	@Override
	public boolean inMenu() {
		return false;
	}

	/** Strangers may use it: it is how they register. */
	@Override
	public Access access() {
		return Access.ANYONE;
	}

	@Override
	public Reply handle(ChatRequest request) {
		if (request.argument().isEmpty()) {
			return callers.of(request)
				.map(official -> Reply.text("chat.onboarding.back", official.displayName())
					.and(items.of(official, request.locale())))
				.orElseGet(() -> Reply.text("chat.access.unregistered"));
		}
		// Too many wrong codes lately: this one is not even looked up.
		if (attempts.exhausted(request.userId())) {
			return Reply.text("chat.start.tooManyAttempts", attempts.waitMinutes());
		}
		var outcome = people.redeem(request.argument(), request.userId(), request.firstName(), request.username());
		if (outcome instanceof RedeemOutcome.Refused refused) {
			attempts.failed(request.userId());
			return Reply.text("people.redeem.refused." + refused.reason().name());
		}
		attempts.succeeded(request.userId());
		var registered = (RedeemOutcome.Registered) outcome;
		return Reply.text("chat.onboarding.welcome", new SafeHtml(greeting(registered, request)))
			.and(items.of(registered.official(), request.locale()));
	}

	private String greeting(RedeemOutcome.Registered registered, ChatRequest request) {
		var key = "chat.onboarding." + (registered.firstTime() ? "registered" : "added");
		var name = registered.official().displayName();
		var position = registered.position().name();
		if (registered.role() == Role.OFFICIAL) {
			return renderer.html(key, List.of(name, position), request.locale());
		}
		var role = renderer.plain("people.role." + registered.role().name(), List.of(), request.locale());
		return renderer.html(key + ".withRole", List.of(name, position, role), request.locale());
	}
}
